package cvpress.render;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Finishes each page's content stream: takes out the artifacts that mark nothing, then compresses it.
 * <p>
 * For a tagged PDF the typesetter opens an artifact, with a property list of its own, around the background and
 * borders of every box it paints, and its test for whether a box has any (a background image that is not
 * {@code none}) never fails, since that value is a list; so a page of text carries hundreds of empty
 * {@code /Artifact /PropN BDC EMC} pairs and as many property-list objects, which the writer then packs into object
 * streams. Dropping them changes neither what is drawn nor the structure tree.
 * <p>
 * The typesetter writes the content uncompressed (its test mode, which does nothing else), so that it is read here
 * without inflating it and deflated once.
 */
final class PageContents {

    private static final byte[] ARTIFACT = "/Artifact /".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BDC = " BDC".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BMC = " BMC".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMC = "EMC".getBytes(StandardCharsets.US_ASCII);

    private PageContents() {
    }

    /** Drops each page's empty artifacts and the property lists they used, and deflates its content. */
    static void finish(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
            Set<String> dropped = new HashSet<>();
            Set<String> kept = new HashSet<>();
            for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext(); ) {
                COSStream stream = streams.next().getCOSObject();
                byte[] content;
                try (InputStream in = stream.createInputStream()) {
                    content = in.readAllBytes();
                }
                byte[] cleaned = properties == null ? content : clean(content, dropped, kept);
                if (cleaned != content || stream.getFilters() == null) {
                    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                        out.write(cleaned);
                    }
                }
            }
            dropped.removeAll(kept);
            for (String name : dropped) {
                properties.removeItem(COSName.getPDFName(name));
            }
        }
    }

    /** A marked-content sequence opened in the output: where its line starts and ends, and its artifact's name. */
    private record Open(int start, int end, String artifact) {
    }

    /**
     * The content without its empty artifacts, or {@code content} itself when it has none. The writer puts each
     * operator at the end of its own line, and a string with a line break in it is written in hexadecimal, so a line
     * that reads {@code EMC} is always that operator.
     */
    static byte[] clean(byte[] content, Set<String> dropped, Set<String> kept) {
        Buffer out = new Buffer(content.length);
        Deque<Open> open = new ArrayDeque<>();
        boolean changed = false;
        int line = 0;
        while (line < content.length) {
            int end = line;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            int next = Math.min(end + 1, content.length);
            String artifact = artifactName(content, line, end);
            if (artifact != null) {
                int start = out.size();
                out.write(content, line, next - line);
                open.push(new Open(start, out.size(), artifact));
            } else if (end - line == EMC.length && has(content, line, EMC) && !open.isEmpty()) {
                Open last = open.pop();
                if (last.artifact() != null && last.end() == out.size()) {
                    out.truncate(last.start());
                    dropped.add(last.artifact());
                    changed = true;
                } else {
                    if (last.artifact() != null) {
                        kept.add(last.artifact());
                    }
                    out.write(content, line, next - line);
                }
            } else {
                if (end - line >= BDC.length
                        && (has(content, end - BMC.length, BMC) || has(content, end - BDC.length, BDC))) {
                    open.push(new Open(out.size(), -1, null));
                }
                out.write(content, line, next - line);
            }
            line = next;
        }
        open.forEach(o -> {
            if (o.artifact() != null) {
                kept.add(o.artifact());
            }
        });
        return changed ? out.toByteArray() : content;
    }

    /** The property-list name of a line {@code /Artifact /NAME BDC}, else null. */
    private static String artifactName(byte[] content, int from, int to) {
        if (to - from <= ARTIFACT.length + BDC.length || !has(content, from, ARTIFACT)
                || !has(content, to - BDC.length, BDC)) {
            return null;
        }
        int nameStart = from + ARTIFACT.length;
        int nameEnd = to - BDC.length;
        for (int i = nameStart; i < nameEnd; i++) {
            byte b = content[i];
            if (!(b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9')) {
                return null;
            }
        }
        return new String(content, nameStart, nameEnd - nameStart, StandardCharsets.US_ASCII);
    }

    /** Whether {@code word} stands in {@code content} at {@code at}. */
    private static boolean has(byte[] content, int at, byte[] word) {
        return at + word.length <= content.length
                && Arrays.equals(content, at, at + word.length, word, 0, word.length);
    }

    /** The content written so far, which may be cut back to an earlier length. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer(int capacity) {
            super(capacity);
        }

        void truncate(int length) {
            count = length;
        }
    }
}
