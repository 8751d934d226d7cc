package cvpress.render;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Answers PDFBox's requests for a font that a PDF names but does not embed (the typesetter creates the
 * standard 14 fonts, and the rasteriser may draw with them) with the bundled Noto Sans, so that PDFBox
 * never scans the system's fonts or writes its font cache: faster first renders, the same PNGs on
 * every machine. The PDFs cvpress writes embed all their fonts, so nothing they show is affected. The
 * mappings are reported as deliberate, not as fallbacks, so PDFBox does not warn about each standard font.
 */
final class BundledFontMapper implements FontMapper {

    private static final String FONT = "fonts/noto-sans/Regular.ttf";

    private TrueTypeFont font;

    private BundledFontMapper() {
    }

    /**
     * Makes this mapper PDFBox's, once per JVM (later calls do nothing). It never asks PDFBox for its current
     * mapper: that would build PDFBox's default one first, which parses a font of its own.
     */
    static void install() {
        Installation.ensure();
    }

    /** Installs the mapper when this class is initialised, which the JVM does once, on first use. */
    private static final class Installation {
        static {
            FontMappers.set(new BundledFontMapper());
        }

        private Installation() {
        }

        static void ensure() {
            // Calling this initialises the class, and so installs the mapper.
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, font(), false);
    }

    private synchronized TrueTypeFont font() {
        if (font == null) {
            try (InputStream in = BundledFontMapper.class.getModule().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException(FONT + " is missing from the classpath");
                }
                font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return font;
    }
}
