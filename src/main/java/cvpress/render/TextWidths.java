package cvpress.render;

import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * The widths the typesetter measured for runs of text, kept between the documents of one style so that a warm
 * render measures each word once: a width depends only on the text, the faces a font falls back through (one
 * family, weight and slant each, and within a style a family always names the same file) and the size. Holds at
 * most {@value #LIMIT} texts and starts afresh when full. Safe to share between threads.
 */
final class TextWidths {

    static final int LIMIT = 20_000;

    /**
     * A font: its faces in fallback order, and its size. Faces compare as their type does: as {@link Face}s by
     * value here, between documents; as the typesetter's own face objects by identity, within one document.
     */
    record Font<F>(List<F> faces, float size) {
        // equals and hashCode are written out: a record's generated ones are bootstrapped on first call, some
        // milliseconds of every cold render.
        @Override
        public boolean equals(Object o) {
            return o instanceof Font<?> f && Float.compare(size, f.size) == 0 && faces.equals(f.faces);
        }

        @Override
        public int hashCode() {
            return faces.hashCode() * 31 + Float.hashCode(size);
        }
    }

    /** One face of a font: a registered family, or a font the typesetter names itself (a standard PDF font). */
    record Face(String family, int weight, String style) {
        // equals and hashCode written out, as Font's are.
        @Override
        public boolean equals(Object o) {
            return o instanceof Face f && weight == f.weight && family.equals(f.family) && style.equals(f.style);
        }

        @Override
        public int hashCode() {
            return (family.hashCode() * 31 + weight) * 31 + style.hashCode();
        }
    }

    private final Map<Font<Face>, Map<String, Integer>> widths = new ConcurrentHashMap<>();
    private final AtomicInteger texts = new AtomicInteger();

    /** The widths of texts in {@code font}, measured or to be measured. */
    Map<String, Integer> of(Font<Face> font) {
        return widths.computeIfAbsent(font, f -> new ConcurrentHashMap<>());
    }

    /** The width of {@code text} in {@code font}: as measured before, else by {@code measure} (and kept). */
    int width(Map<String, Integer> font, String text, ToIntFunction<String> measure) {
        Integer known = font.get(text);
        if (known != null) {
            return known;
        }
        int width = measure.applyAsInt(text);
        if (texts.incrementAndGet() > LIMIT) {
            widths.values().forEach(Map::clear);
            texts.set(1);
        }
        font.put(text, width);
        return width;
    }

    /** The key of a font the typesetter resolved. */
    static Font<Face> key(PdfBoxFSFont font) {
        List<Face> faces = new ArrayList<>(font.getFontDescriptions().size());
        for (FontDescription d : font.getFontDescriptions()) {
            String family = d.getFamily() != null ? d.getFamily()
                    : "\0" + (d.getFont() == null ? "" : d.getFont().getName());
            faces.add(new Face(family, d.getWeight(), String.valueOf(d.getStyle())));
        }
        return new Font<>(List.copyOf(faces), font.getSize2D());
    }
}
