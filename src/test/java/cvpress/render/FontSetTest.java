package cvpress.render;

import cvpress.style.StyleSource;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontSetTest {

    private final FontSet fonts = new FontSet();

    private static TrueTypeFont parse(byte[] ttf) throws Exception {
        return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
    }

    @Test
    void readsAWholeStreamWhateverItSaysIsLeft() throws Exception {
        byte[] data = new byte[100_000];
        new java.util.Random(5).nextBytes(data);
        for (int claimed : new int[] {0, 1, 99_999, 100_000, 150_000}) {
            java.io.InputStream in = new java.io.ByteArrayInputStream(data) {
                @Override
                public synchronized int available() {
                    return claimed;
                }

                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    return super.read(b, off, Math.min(len, 777));
                }
            };
            assertArrayEquals(data, FontSet.readFully(in), "a stream claiming " + claimed + " bytes");
        }
        try (java.io.InputStream in = FontSetTest.class.getClassLoader()
                .getResourceAsStream("fonts/noto-sans/Regular.ttf")) {
            assertArrayEquals(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("fonts/noto-sans/Regular.ttf")),
                    FontSet.readFully(in));
        }
    }

    @Test
    void aBundledFamilyHasFourFacesWithoutGlyphSubstitution() throws Exception {
        List<FontSet.Face> faces = fonts.family("CMU Serif", new StyleSource.Bundled("academic"));
        assertEquals(4, faces.size());
        assertEquals(List.of("400/false", "700/false", "400/true", "700/true"),
                faces.stream().map(f -> f.weight() + "/" + f.italic()).toList());
        for (FontSet.Face face : faces) {
            try (TrueTypeFont font = parse(face.ttf())) {
                assertTrue(font.getTableMap().containsKey("GSUC"), "GSUB not hidden");
                assertTrue(!font.getTableMap().containsKey("GSUB"), "GSUB still there");
            }
        }
        assertSame(faces, fonts.family("cmu serif", new StyleSource.Bundled("academic")), "not cached");
    }

    /** How fonts/digests.txt and fonts/metrics.txt name a bundled face: {@code cmu-serif/BoldItalic.ttf}. */
    private static String listedName(String family, FontSet.Face face) {
        return FontSet.slug(family) + "/" + (face.weight() >= 700 ? "Bold" : "")
                + (face.italic() ? "Italic" : face.weight() >= 700 ? "" : "Regular") + ".ttf";
    }

    private String resource(String name) throws Exception {
        return new String(getClass().getClassLoader().getResourceAsStream(name).readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void everyBundledFaceHasItsDigestListedAndTheListHoldsForEveryFace() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String family : fonts.bundledFamilies()) {
            for (FontSet.Face face : fonts.family(family, new StyleSource.Bundled("academic"))) {
                String expected = HexFormat.of().formatHex(FontSet.sha256(face.ttf()));
                if (!expected.equals(HexFormat.of().formatHex(face.sha256()))) {
                    wrong.add(listedName(family, face) + " " + expected);
                }
            }
        }
        assertEquals(List.of(), wrong, "fonts/digests.txt should read");
        String listed = resource("fonts/digests.txt");
        assertEquals(8, listed.lines().filter(l -> l.matches("[a-z0-9-]+/[A-Za-z]+\\.ttf [0-9a-f]{64}")).count(), listed);
    }

    @Test
    void everyBundledFaceHasTheMetricsTheTypesetterDerivesListed() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String family : fonts.bundledFamilies()) {
            for (FontSet.Face face : fonts.family(family, new StyleSource.Bundled("academic"))) {
                FaceMetrics measured;
                try (PDDocument doc = new PDDocument()) {
                    PDType0Font font = PDType0Font.load(doc, parse(face.ttf()), true);
                    measured = FaceMetrics.of(PdfBoxRawPDFontMetrics.fromPdfBox(font, font.getFontDescriptor()));
                }
                if (!measured.equals(face.file().metrics())) {
                    wrong.add(listedName(family, face) + " " + measured);
                }
                assertEquals(measured, FaceMetrics.parse(measured.toString()), "written as it reads back");
            }
        }
        assertEquals(List.of(), wrong, "fonts/metrics.txt should read");
        String listed = resource("fonts/metrics.txt");
        assertEquals(8, listed.lines().filter(l -> l.matches("[a-z0-9-]+/[A-Za-z]+\\.ttf( -?[0-9.E]+){7}")).count(),
                listed);
    }

    @Test
    void metricsReadOnlyFromSevenNumbers() {
        assertEquals(new FaceMetrics(1f, 2.5f, -3f, 100f, 0.1f, 50f, 2.5f),
                FaceMetrics.parse("1.0 2.5 -3.0 100.0 0.1 50.0 2.5"));
        for (String bad : new String[] {"", "1 2 3 4 5 6", "1 2 3 4 5 6 7 8", "1 2 3 x 5 6 7", "1  2 3 4 5 6 7"}) {
            assertEquals(null, FaceMetrics.parse(bad), bad);
        }
    }

    @Test
    void aBundledFaceIsReadOnlyWhenFirstUsed() throws Exception {
        List<FontSet.Face> faces = new FontSet().family("Noto Sans", new StyleSource.Bundled("industry"));
        for (FontSet.Face face : faces) {
            assertTrue(!face.file().loaded(), face + " read before it was used");
        }
        faces.get(1).ttf();
        assertEquals(List.of(false, true, false, false), faces.stream().map(f -> f.file().loaded()).toList());
    }

    @Test
    void aFontFileIsReadOnFirstUseOnceAndKept() {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        byte[] raw = {0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        FontFile file = FontFile.lazy("x.ttf", () -> {
            reads.incrementAndGet();
            return raw.clone();
        }, FontSet.sha256(raw), null);
        assertEquals(0, reads.get(), "read before use");
        assertArrayEquals(raw, file.bytes());
        assertSame(file.bytes(), file.bytes());
        assertEquals(1, reads.get());
        assertArrayEquals(FontSet.sha256(raw), file.sha256());
    }

    @Test
    void anUnknownFamilyNamesTheBundledOnes() {
        RenderException e = assertThrows(RenderException.class,
                () -> fonts.family("Papyrus", new StyleSource.Bundled("academic")));
        assertEquals("design: font family 'Papyrus' is not bundled (bundled: CMU Serif, Noto Sans)", e.getMessage());
    }

    @Test
    void aSubsetKeepsTheGlyphsItIsAskedFor() throws Exception {
        byte[] full = fonts.family("CMU Serif", new StyleSource.Bundled("academic")).get(0).ttf();
        byte[] subset = FontSet.subset(full, Set.of((int) 'A', (int) 'ğ', (int) '–'));
        assertTrue(subset.length < full.length / 5, "subset is " + subset.length + " bytes");
        try (TrueTypeFont font = parse(subset)) {
            for (int c : new int[] {'A', 'ğ', '–'}) {
                assertNotEquals(0, font.getUnicodeCmapLookup().getGlyphId(c), "no glyph for " + (char) c);
            }
            assertEquals(0, font.getUnicodeCmapLookup().getGlyphId('Z'));
        }
    }
}
