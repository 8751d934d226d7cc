package cvpress.render;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One TrueType file as the typesetter embeds it (its GSUB table hidden, see
 * {@link FontSet#withoutGlyphSubstitution}), with the SHA-256 of those bytes and, for a bundled face, the metrics the
 * typesetter derives from it. A bundled face whose digest is listed is read only when a page first uses it; the
 * bytes are then kept. Parsed copies of the font are lent to one document at a time and kept for the next one, up
 * to one per core, so that a warm render does not parse the font again. Safe to share between threads.
 */
final class FontFile {

    private static final int IDLE_COPIES = Runtime.getRuntime().availableProcessors();

    /** Reads the raw font file into a new array, which the font file then owns. */
    interface Reader {
        byte[] read() throws IOException;
    }

    private final String name;
    private final Reader reader;
    private final byte[] sha256;
    private final FaceMetrics metrics;
    private volatile byte[] bytes;
    private final Queue<TrueTypeFont> idle = new ConcurrentLinkedQueue<>();

    private FontFile(String name, Reader reader, byte[] bytes, byte[] sha256, FaceMetrics metrics) {
        this.name = name;
        this.reader = reader;
        this.bytes = bytes;
        this.sha256 = sha256;
        this.metrics = metrics;
    }

    /** A file already read. */
    static FontFile of(String name, byte[] raw) {
        byte[] ttf = FontSet.withoutGlyphSubstitution(raw);
        return new FontFile(name, null, ttf, FontSet.sha256(ttf), null);
    }

    /**
     * A file read by {@code reader} on first use, whose typeset bytes have the digest {@code sha256} and, unless
     * null, the typesetter's {@code metrics}.
     */
    static FontFile lazy(String name, Reader reader, byte[] sha256, FaceMetrics metrics) {
        return new FontFile(name, reader, null, sha256.clone(), metrics);
    }

    /** The metrics the typesetter derives from the face, when they are listed; null when it must load it to know. */
    FaceMetrics metrics() {
        return metrics;
    }

    /** Whether the font's bytes have been read (a lazy file's are read on first use). */
    boolean loaded() {
        return bytes != null;
    }

    /** The font's bytes as embedded; the array is shared, so callers must not change it. */
    byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            synchronized (this) {
                b = bytes;
                if (b == null) {
                    try {
                        b = FontSet.hideGlyphSubstitution(reader.read());
                    } catch (IOException e) {
                        throw new UncheckedIOException(name + ": cannot be read: " + e.getMessage(), e);
                    }
                    bytes = b;
                }
            }
        }
        return b;
    }

    /**
     * A parsed copy of the font for one document alone, until it is handed back with {@link #giveBack}: the PDF
     * library reads and caches as it goes, so a copy is never used by two documents at once.
     */
    TrueTypeFont borrow() throws IOException {
        TrueTypeFont font = idle.poll();
        return font != null ? font : new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
    }

    /** Takes back a copy lent by {@link #borrow} whose document is done, keeping it unless enough are kept. */
    void giveBack(TrueTypeFont font) {
        if (idle.size() < IDLE_COPIES) {
            idle.offer(font);
        }
    }

    /** The SHA-256 of {@link #bytes()}. */
    byte[] sha256() {
        return sha256.clone();
    }
}
