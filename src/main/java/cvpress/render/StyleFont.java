package cvpress.render;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;

/**
 * Checks a font file a user style ships before the typesetter sees it: it must parse as a TrueType font with the
 * tables a PDF needs, or the style is refused with the file's name, instead of its text silently falling back to
 * another font.
 */
final class StyleFont {

    private StyleFont() {
    }

    /** Why {@code ttf} cannot be used, or null when it can. */
    static String problem(byte[] ttf) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
            if (font.getHeader() == null || font.getHorizontalHeader() == null || font.getHorizontalMetrics() == null
                    || font.getGlyph() == null || font.getNumberOfGlyphs() < 2
                    || font.getUnicodeCmapLookup(false) == null) {
                return "not a usable TrueType font (tables a PDF needs are missing)";
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "not a usable TrueType font (only TrueType outlines, .ttf, can be embedded)";
        }
    }
}
