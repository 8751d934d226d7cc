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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The TrueType fonts a page may use: a family shipped with the style in {@code fonts/<slug>/}, or one
 * bundled with cvpress on the classpath; each file read once (a bundled one when a page first uses it) and kept
 * in memory. There is no system-font lookup.
 */
final class FontSet {

    /** The family whose glyphs stand in for characters the chosen family lacks. */
    static final String FALLBACK_FAMILY = "Noto Sans";

    private static final String FAMILIES = "fonts/families.txt";

    /** The SHA-256 of each bundled face as embedded, listed so that a render reads only the faces it draws with. */
    private static final String DIGESTS = "fonts/digests.txt";

    /** The typesetter's metrics of each bundled face, listed so that a render loads only the faces it draws with. */
    private static final String METRICS = "fonts/metrics.txt";

    /** One face of a family: its TrueType file, and that file's SHA-256 (for the PDF's /ID). */
    record Face(String family, int weight, boolean italic, FontFile file) {
        /** The font's bytes (read on first use); shared, not to be changed. */
        byte[] ttf() {
            return file.bytes();
        }

        byte[] sha256() {
            return file.sha256();
        }
    }

    /** A face's weight and slant, and the file that holds it in a family's directory. */
    private record Shape(int weight, boolean italic) {
        String fileName() {
            return (weight >= 700 ? "Bold" : "") + (italic ? "Italic" : weight >= 700 ? "" : "Regular") + ".ttf";
        }
    }

    private record Key(StyleSource source, String slug) {
        // equals and hashCode are written out: a record's generated ones are bootstrapped on first call, some
        // milliseconds of every cold render.
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(source, k.source) && slug.equals(k.slug);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(source) * 31 + slug.hashCode();
        }
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(400, false), new Shape(700, false), new Shape(400, true), new Shape(700, true));

    private final Map<Key, List<Face>> cache = new ConcurrentHashMap<>();
    private final Map<String, byte[]> digests = bundledDigests();
    private final Map<String, FaceMetrics> metrics = bundledMetrics();

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
        return resourceLines(FAMILIES);
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

    private List<Face> load(Key key, String family) throws RenderException {
        List<Face> faces = new ArrayList<>();
        for (Shape shape : SHAPES) {
            String file = "fonts/" + key.slug() + "/" + shape.fileName();
            Optional<FontFile> font = key.source() == null ? classpath(file) : styleFile(key.source(), file);
            if (font.isEmpty()) {
                if (faces.isEmpty() && shape.weight() == 400 && !shape.italic()) {
                    return null;
                }
                throw new RenderException(file + ": missing (a font family needs Regular, Bold, Italic and BoldItalic .ttf)");
            }
            faces.add(new Face(family.strip(), shape.weight(), shape.italic(), font.get()));
        }
        return List.copyOf(faces);
    }

    /**
     * A copy of the font whose GSUB table is hidden (its tag renamed to {@code GSUC}, which keeps the table
     * directory sorted), so that PDFBox sets no ligatures: a ligature glyph comes back from the PDF as
     * "ﬁ" or "ﬃ" instead of the letters, which breaks search and applicant-tracking systems.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        return hideGlyphSubstitution(ttf.clone());
    }

    /** Hides the GSUB table of {@code ttf} in place, as {@link #withoutGlyphSubstitution} does in a copy; returns it. */
    static byte[] hideGlyphSubstitution(byte[] ttf) {
        if (ttf.length < 12) {
            return ttf;
        }
        int tables = ((ttf[4] & 0xff) << 8) | (ttf[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (record + 4 <= ttf.length && ttf[record] == 'G' && ttf[record + 1] == 'S'
                    && ttf[record + 2] == 'U' && ttf[record + 3] == 'B') {
                ttf[record + 3] = 'C';
            }
        }
        return ttf;
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

    /** A face the style ships, read now and refused with its name when it is no usable TrueType font. */
    private static Optional<FontFile> styleFile(StyleSource source, String file) throws RenderException {
        Optional<byte[]> bytes;
        try {
            bytes = source.read(file);
        } catch (StyleException e) {
            throw new RenderException(e.getMessage());
        }
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        String unusable = StyleFont.problem(bytes.get());
        if (unusable != null) {
            throw new RenderException(source.describe(file) + ": " + unusable);
        }
        return Optional.of(FontFile.of(source.describe(file), bytes.get()));
    }

    /** A bundled face: read now when its digest is not listed, else when a page first uses it. */
    private Optional<FontFile> classpath(String file) throws RenderException {
        // Through cvpress's module, as a bundled style's files are read: its class loader would first search the JDK.
        Module jar = FontSet.class.getModule();
        try (InputStream in = jar.getResourceAsStream(file)) {
            if (in == null) {
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new RenderException(file + ": cannot be read: " + e.getMessage());
        }
        FontFile.Reader reader = () -> {
            try (InputStream in = jar.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IOException("missing from the classpath");
                }
                return readFully(in);
            }
        };
        byte[] digest = digests.get(file);
        if (digest != null) {
            return Optional.of(FontFile.lazy(file, reader, digest, metrics.get(file)));
        }
        try {
            return Optional.of(FontFile.of(file, reader.read()));
        } catch (IOException e) {
            throw new RenderException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /**
     * All the bytes of {@code in}, read into one array of the size the stream says is left (a jar entry and a file
     * know it): a font stored uncompressed in the jar is then read in one call rather than copied in small pieces.
     */
    static byte[] readFully(InputStream in) throws IOException {
        byte[] bytes = new byte[in.available()];
        int read = in.readNBytes(bytes, 0, bytes.length);
        int next = in.read();
        if (read == bytes.length && next < 0) {
            return bytes;
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream(bytes.length * 2 + 1);
        all.write(bytes, 0, read);
        if (next >= 0) {
            all.write(next);
            in.transferTo(all);
        }
        return all.toByteArray();
    }

    /** The listed digests of the bundled faces by file name ({@code fonts/cmu-serif/Regular.ttf}); empty if none. */
    private static Map<String, byte[]> bundledDigests() {
        return perFace(DIGESTS, hex -> isDigest(hex) ? HexFormat.of().parseHex(hex) : null);
    }

    /** The listed metrics of the bundled faces by file name ({@code fonts/cmu-serif/Regular.ttf}); empty if none. */
    private static Map<String, FaceMetrics> bundledMetrics() {
        return perFace(METRICS, FaceMetrics::parse);
    }

    /**
     * A resource that lists something of each bundled face, one {@code cmu-serif/Regular.ttf VALUE} a line, by file
     * name; a line whose value {@code parse} reads as null is left out.
     */
    private static <V> Map<String, V> perFace(String resource, Function<String, V> parse) {
        Map<String, V> values = new HashMap<>();
        for (String line : resourceLines(resource)) {
            int space = line.indexOf(' ');
            V value = space < 0 ? null : parse.apply(line.substring(space + 1).strip());
            if (value != null) {
                values.put("fonts/" + line.substring(0, space), value);
            }
        }
        return Map.copyOf(values);
    }

    /** Whether {@code hex} is a SHA-256 in lower-case hexadecimal (checked without a regular expression). */
    private static boolean isDigest(String hex) {
        if (hex.length() != 64) {
            return false;
        }
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** The lines of a classpath resource that are neither blank nor comments; empty if it is missing or unreadable. */
    private static List<String> resourceLines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = FontSet.class.getModule().getResourceAsStream(resource)) {
            if (in != null) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        lines.add(line.strip());
                    }
                }
            }
        } catch (IOException e) {
            return lines;
        }
        return lines;
    }
}
