package cvpress.model;

/** One problem found in an input: an error stops rendering, a warning does not. */
public record Diagnostic(Severity severity, Location location, String path, String message) {

    /** How serious a diagnostic is. */
    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form {@code FILE:LINE:COL: error: PATH: message}. */
    public String format() {
        String kind = severity == Severity.ERROR ? "error" : "warning";
        String where = path == null || path.isEmpty() ? "" : path + ": ";
        return location + ": " + kind + ": " + where + message;
    }
}
