package cvpress.render;

import java.time.Duration;

/**
 * How far one document's render may go: at most {@code maxPages} pages and {@code timeout} of work. A document
 * over either limit fails alone with a message that names the limit; the other documents of a batch go on.
 */
public record RenderLimits(int maxPages, Duration timeout) {

    /** 50 pages and 30 seconds: far beyond any CV, close enough to stop a runaway input early. */
    public static final RenderLimits DEFAULT = new RenderLimits(50, Duration.ofSeconds(30));

    public RenderLimits {
        if (maxPages < 1) {
            throw new IllegalArgumentException("the page limit must be at least 1, not " + maxPages);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, not " + timeout);
        }
    }
}
