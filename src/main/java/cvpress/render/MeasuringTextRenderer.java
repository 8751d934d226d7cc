package cvpress.render;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;

import java.util.HashMap;
import java.util.Map;

/**
 * The typesetter's text renderer for one document, which answers a width it has measured before (in this document
 * or an earlier one of the style) from {@link TextWidths} instead of encoding the text again.
 */
final class MeasuringTextRenderer extends PdfBoxTextRenderer {

    private final TextWidths widths;
    /**
     * The widths known for each font of this document: the typesetter resolves a new font object for each text it
     * measures, but from the same face objects, which compare by identity.
     */
    private final Map<TextWidths.Font<FontDescription>, Map<String, Integer>> fonts = new HashMap<>();

    MeasuringTextRenderer(TextWidths widths) {
        this.widths = widths;
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        if (!(font instanceof PdfBoxFSFont pdfFont) || string == null) {
            return super.getWidth(context, font, string);
        }
        Map<String, Integer> known = fonts.computeIfAbsent(
                new TextWidths.Font<>(pdfFont.getFontDescriptions(), pdfFont.getSize2D()),
                f -> widths.of(TextWidths.key(pdfFont)));
        return widths.width(known, string, text -> super.getWidth(context, font, text));
    }
}
