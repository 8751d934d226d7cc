package cvpress.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * All diagnostics in the order of their place in the file; a node reached twice through an alias is reported
     * once, under the first path that reached it.
     */
    List<Diagnostic> inFileOrder() {
        if (diagnostics.isEmpty()) {
            return List.of();
        }
        Map<List<Object>, Diagnostic> unique = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            unique.putIfAbsent(List.of(d.severity(), d.location(), d.message()), d);
        }
        List<Diagnostic> sorted = new ArrayList<>(unique.values());
        sorted.sort(Comparator.comparingInt((Diagnostic d) -> d.location().line())
                .thenComparingInt(d -> d.location().column()));
        return List.copyOf(sorted);
    }
}
