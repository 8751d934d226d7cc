package cvpress.importer;

/** Something the importer could not place with confidence, with the 1-based input line it came from (0: none). */
public record ImportWarning(int line, String message) {

    /** The one-line form {@code FILE:LINE: message}. */
    public String format(String displayName) {
        return line > 0 ? displayName + ":" + line + ": " + message : displayName + ": " + message;
    }
}
