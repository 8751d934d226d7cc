package cvpress.style;

/** A style that cannot be found or read; the message is one line, naming the file and line at fault when there is one. */
public final class StyleException extends Exception {
    private static final long serialVersionUID = 1L;

    public StyleException(String message) {
        super(message);
    }
}
