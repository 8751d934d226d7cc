package cvpress.render;

import cvpress.style.StyleException;
import cvpress.style.StyleSource;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The TrueType fonts a page may use: a family shipped with the style in {@code fonts/<slug>/}, or one
 * bundled with cvpress on the classpath; read once and kept in memory. There is no system-font lookup.
 */
final class FontSet {

    /** The family whose glyphs stand in for characters the chosen family lacks. */
    static final String FALLBACK_FAMILY = "Noto Sans";

    private static final String FAMILIES = "fonts/families.txt";

    /** One face of a family, as TrueType bytes with their SHA-256 (for the PDF's /ID). */
    record Face(String family, int weight, boolean italic, byte[] ttf, byte[] sha256) {
        String fileName() {
            return (weight >= 700 ? "Bold" : "") + (italic ? "Italic" : weight >= 700 ? "" : "Regular") + ".ttf";
        }
    }

    private record Key(StyleSource source, String slug) {
    }

    private static final List<Face> SHAPES = List.of(
            new Face("", 400, false, null, null), new Face("", 700, false, null, null),
            new Face("", 400, true, null, null), new Face("", 700, true, null, null));

    private final Map<Key, List<Face>> cache = new ConcurrentHashMap<>();

    /** The four faces of a family, from the style's own fonts if it ships them, else from the bundled fonts. */
    List<Face> family(String family, StyleSource style) throws RenderException {
        String slug = slug(family);
        List<Face> fromStyle = cached(new Key(style, slug), family);
        if (fromStyle != null) {
            return fromStyle;
        }
        List<Face> bundled = cached(new Key(null, slug), family);
        if (bundled == null) {
            throw new RenderException("design: font family '" + family + "' is not bundled (bundled: "
                    + String.join(", ", bundledFamilies()) + ")");
        }
        return bundled;
    }

    /** Whether {@code style} ships the family, usable or not (its regular face is there). */
    boolean inStyle(String family, StyleSource style) throws RenderException {
        return styleFile(style, "fonts/" + slug(family) + "/" + SHAPES.get(0).fileName()).isPresent();
    }

    /** The bundled family that best stands in for {@code family}: CMU Serif for serif-looking names, else Noto Sans. */
    static String closestBundled(String family) {
        String lower = family.toLowerCase(Locale.ROOT);
        boolean sans = lower.contains("sans") || lower.contains("mono");
        boolean serif = !sans && List.of("serif", "charter", "garamond", "modern", "libertin", "gentium",
                "times", "georgia", "palatino", "roman", "fontin", "book").stream().anyMatch(lower::contains);
        return serif ? "CMU Serif" : FALLBACK_FAMILY;
    }

    /** The bundled family names, as listed in {@value #FAMILIES}. */
    List<String> bundledFamilies() {
        List<String> names = new ArrayList<>();
        try (InputStream in = FontSet.class.getClassLoader().getResourceAsStream(FAMILIES)) {
            if (in != null) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        names.add(line.strip());
                    }
                }
            }
        } catch (IOException e) {
            return names;
        }
        return names;
    }

    static String slug(String family) {
        return family.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private List<Face> cached(Key key, String family) throws RenderException {
        List<Face> faces = cache.get(key);
        if (faces == null) {
            faces = load(key, family);
            if (faces == null) {
                return null;
            }
            cache.putIfAbsent(key, faces);
        }
        return faces;
    }

    private static List<Face> load(Key key, String family) throws RenderException {
        List<Face> faces = new ArrayList<>();
        for (Face shape : SHAPES) {
            String file = "fonts/" + key.slug() + "/" + shape.fileName();
            Optional<byte[]> bytes = key.source() == null ? classpath(file) : styleFile(key.source(), file);
            if (bytes.isEmpty()) {
                if (faces.isEmpty() && shape.weight() == 400 && !shape.italic()) {
                    return null;
                }
                throw new RenderException(file + ": missing (a font family needs Regular, Bold, Italic and BoldItalic .ttf)");
            }
            String unusable = key.source() == null ? null : StyleFont.problem(bytes.get());
            if (unusable != null) {
                throw new RenderException(key.source().describe(file) + ": " + unusable);
            }
            byte[] ttf = withoutGlyphSubstitution(bytes.get());
            faces.add(new Face(family.strip(), shape.weight(), shape.italic(), ttf, sha256(ttf)));
        }
        return List.copyOf(faces);
    }

    /**
     * A copy of the font whose GSUB table is hidden (its tag renamed to {@code GSUC}, which keeps the table
     * directory sorted), so that PDFBox sets no ligatures: a ligature glyph comes back from the PDF as
     * "ﬁ" or "ﬃ" instead of the letters, which breaks search and applicant-tracking systems.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        byte[] copy = ttf.clone();
        if (copy.length < 12) {
            return copy;
        }
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (record + 4 <= copy.length && copy[record] == 'G' && copy[record + 1] == 'S'
                    && copy[record + 2] == 'U' && copy[record + 3] == 'B') {
                copy[record + 3] = 'C';
            }
        }
        return copy;
    }

    /** The font cut down to the glyphs of {@code codePoints}; the whole font if it cannot be cut. */
    static byte[] subset(byte[] ttf, Set<Integer> codePoints) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
            TTFSubsetter subsetter = new TTFSubsetter(font);
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return ttf;
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static Optional<byte[]> styleFile(StyleSource source, String file) throws RenderException {
        try {
            return source.read(file);
        } catch (StyleException e) {
            throw new RenderException(e.getMessage());
        }
    }

    private static Optional<byte[]> classpath(String file) throws RenderException {
        try (InputStream in = FontSet.class.getClassLoader().getResourceAsStream(file)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new RenderException(file + ": cannot be read: " + e.getMessage());
        }
    }
}
