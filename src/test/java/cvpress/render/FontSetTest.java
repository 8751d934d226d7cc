package cvpress.render;

import cvpress.style.StyleSource;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

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
