package cvpress.model;

import java.util.List;

/**
 * What loading a CV file gave: the document (non-null exactly when there are no errors) and every diagnostic,
 * errors and warnings, in the order of their place in the file.
 */
public record LoadResult(CvDocument document, List<Diagnostic> diagnostics) {

    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
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
