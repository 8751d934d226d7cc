package cvpress.render;

import cvpress.style.StyleSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which bundled faces a page reads, and that the listed metrics lay a page out exactly as loaded faces would. */
class FontLoadingTest {

    private static final StyleSource ACADEMIC = new StyleSource.Bundled("academic");
    private static final PdfMetadata META = new PdfMetadata("t", "a", "s", "k", "en", TestCvs.DATE, List.of());

    /** A page set in CMU Serif with Noto Sans behind it, as the renderer sets one. */
    private static Document page(String body) {
        return Jsoup.parse("<html><head><style>body { font-family: 'CMU Serif', 'Noto Sans'; font-size: 10pt; }"
                + "</style></head><body>" + body + "</body></html>");
    }

    private static List<FontSet.Face> faces(FontSet fonts) throws RenderException {
        List<FontSet.Face> all = new ArrayList<>(fonts.family("CMU Serif", ACADEMIC));
        all.addAll(fonts.family(FontSet.FALLBACK_FAMILY, ACADEMIC));
        return all;
    }

    private static byte[] typeset(Document page, List<FontSet.Face> faces) throws RenderException {
        return new PdfTypesetter(true).typeset(new W3CDom().fromJsoup(page), page.outerHtml(), ACADEMIC, faces,
                new FontMetricsCache(), META, null, new RenderBudget(RenderLimits.DEFAULT));
    }

    private static List<Boolean> read(List<FontSet.Face> faces) {
        return faces.stream().map(f -> f.file().loaded()).toList();
    }

    @Test
    void aPageReadsOnlyTheFacesItDrawsWith() throws Exception {
        List<FontSet.Face> faces = faces(new FontSet());
        byte[] pdf = typeset(page("<p>Plain and <b>bold</b> text.</p>"), faces);
        // CMU Serif regular, bold, italic, bold italic; then Noto Sans in the same order.
        assertEquals(List.of(true, true, false, false, false, false, false, false), read(faces));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(List.of("CMUSerif-Bold", "CMUSerif-Roman"), DesignTest.fontNames(doc).stream()
                    .map(n -> n.substring(n.indexOf('+') + 1)).sorted().toList());
        }
    }

    @Test
    void aCharacterTheFamilyLacksReadsTheFallbackFaceItIsIn() throws Exception {
        List<FontSet.Face> faces = faces(new FontSet());
        byte[] pdf = typeset(page("<p>Done \u203c</p>"), faces);
        assertEquals(List.of(true, false, false, false, true, false, false, false), read(faces));
        assertTrue(PdfFacts.text(pdf).contains("Done \u203c"), PdfFacts.text(pdf));
    }

    @Test
    void theListedMetricsLayAPageOutAsLoadedFacesDo() throws Exception {
        FontSet fonts = new FontSet();
        List<FontSet.Face> listed = faces(fonts);
        List<FontSet.Face> measured = new ArrayList<>();
        for (FontSet.Face face : listed) {
            assertNotNull(face.file().metrics(), face + " has no listed metrics");
            FontFile unlisted = FontFile.of("unlisted.ttf", face.ttf());
            assertNull(unlisted.metrics());
            measured.add(new FontSet.Face(face.family(), face.weight(), face.italic(), unlisted));
        }
        Document page = page("<h1>Ada Lovelace</h1><p>Plain, <b>bold</b>, <i>italic</i> and <b><i>both</i></b>; "
                + "a fallback \u203c and <u>underlined</u>, <s>struck</s> text, in lines long enough to wrap "
                + "across the page more than once so that every line's height counts.</p>");
        assertArrayEquals(typeset(page, measured), typeset(page, listed));
    }
}
