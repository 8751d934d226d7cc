package cvpress.model;

import java.util.List;

/**
 * What loading a CV file gave: the document (non-null exactly when there are no errors), every diagnostic, errors
 * and warnings, in the order of their place in the file, and the bytes the loader read (null when it read none),
 * so that what was checked is what gets attached to a PDF.
 */
public record LoadResult(CvDocument document, List<Diagnostic> diagnostics, byte[] content) {

    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
        content = content == null ? null : content.clone();
    }

    /** A result for which no bytes were read, or whose bytes do not matter. */
    public LoadResult(CvDocument document, List<Diagnostic> diagnostics) {
        this(document, diagnostics, null);
    }

    /** The bytes the loader read, unchanged; null when it read none (a missing file, a directory). */
    @Override
    public byte[] content() {
        return content == null ? null : content.clone();
    }

    /** Whether the file loaded without errors (warnings allowed). */
    public boolean ok() {
        return errors().isEmpty();
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }
}
