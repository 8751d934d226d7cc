package cvpress.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The diagnostics found while reading one file, each pinned to the node it is about. */
final class Problems {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    void error(Location where, String path, String message) {
        diagnostics.add(new Diagnostic(Diagnostic.Severity.ERROR, where, path, message));
    }

    void warn(Location where, String path, String message) {
        diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, where, path, message));
    }

    void addAll(List<Diagnostic> more) {
        diagnostics.addAll(more);
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** All diagnostics in the order of their place in the file. */
    List<Diagnostic> inFileOrder() {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Comparator.comparingInt((Diagnostic d) -> d.location().line())
                .thenComparingInt(d -> d.location().column()));
        return List.copyOf(sorted);
    }
}
