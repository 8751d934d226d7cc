package cvpress.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One problem found in an input: an error stops rendering, a warning does not. */
public record Diagnostic(Severity severity, Location location, String path, String message) {

    /** Longer runs of non-blank characters (a value quoted from a file, a deep path) are shortened in messages. */
    static final int LONGEST_RUN = 120;
    private static final Pattern LONG_RUN = Pattern.compile("\\S{" + (LONGEST_RUN + 1) + ",}");

    /** How serious a diagnostic is. */
    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The one-line form {@code FILE:LINE:COL: error: PATH: message}; a run of more than {@value #LONGEST_RUN}
     * non-blank characters in the path or message keeps its start and end around an ellipsis, so that a 20 000-character
     * value in a file still gives a short line.
     */
    public String format() {
        String kind = severity == Severity.ERROR ? "error" : "warning";
        String where = path == null || path.isEmpty() ? "" : shorten(path) + ": ";
        return location + ": " + kind + ": " + where + shorten(message);
    }

    private static String shorten(String text) {
        return LONG_RUN.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group().substring(0, 80) + "…" + m.group().substring(m.group().length() - 20)));
    }
}
