package cvpress.model;

/** A place in a source file, 1-based, used to point messages at what the user wrote. */
public record Location(String file, int line, int column) {

    /** The location of a whole file, for problems that have no line. */
    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
