package cvpress.render;

/** A CV that could not be rendered; the message is one line and names what was at fault. */
public final class RenderException extends Exception {
    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
        super(message);
    }
}
