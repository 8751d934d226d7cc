package cvpress.render;

import cvpress.model.CvDocument;
import cvpress.model.Design;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The design options every built-in style honours: page size, margins, accent colour, body font and size. */
class DesignOptionsTest {

    private final Renderer renderer = new Renderer();

    private static Style style(String name) throws Exception {
        return new StyleCatalog(Path.of(".")).resolve(name);
    }

    private static CvDocument with(Design design) {
        return TestCvs.document(TestCvs.cv("Ada Lovelace", TestCvs.sections().subList(0, 3)), design);
    }

    @ParameterizedTest
    @ValueSource(strings = {"academic", "industry", "one-page"})
    void everyBuiltInHonoursPageSizeFontAndSize(String name) throws Exception {
        Design letterSerif = new Design(null, "us-letter", new Design.Margins("1in", "1in", "1in", "1in"),
                "#8b0000", "CMU Serif", "11pt");
        Renderer.Rendered r = renderer.render(with(letterSerif), style(name), true, true);
        assertEquals(List.of(), r.notes());
        try (PDDocument pdf = Loader.loadPDF(r.pdf())) {
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertEquals(612, box.getWidth(), 0.5);
            assertEquals(792, box.getHeight(), 0.5);
            assertTrue(DesignTest.fontNames(pdf).stream().anyMatch(n -> n.contains("CMUSerif")),
                    DesignTest.fontNames(pdf).toString());
            assertTrue(DesignTest.fontNames(pdf).stream().noneMatch(n -> n.contains("NotoSans-Regular")),
                    DesignTest.fontNames(pdf).toString());
            assertEquals(11f, OnePageTest.mostCommonFontSize(pdf), 0.05f);
        }
        assertTrue(r.html().contains("#8b0000"), "the accent colour reaches the sheet");
        assertTrue(r.html().contains("1in"), "the margins reach the sheet");
    }

    @Test
    void aFamilyThatIsNotBundledIsReplacedByTheClosestWithANote() throws Exception {
        for (Map.Entry<String, String> e : Map.of("Source Sans 3", "Noto Sans", "Source Serif 4", "CMU Serif",
                "Comic Sans", "Noto Sans").entrySet()) {
            Design design = new Design(null, null, Design.Margins.DEFAULT, null, e.getKey(), null);
            Renderer.Rendered r = renderer.render(with(design), style("industry"), true, false);
            assertEquals(List.of("font family '" + e.getKey() + "' is neither bundled nor in the style (bundled: "
                    + "CMU Serif, Noto Sans); the text is set in " + e.getValue()), r.notes());
            try (PDDocument pdf = Loader.loadPDF(r.pdf())) {
                String prefix = e.getValue().replace(" ", "");
                assertTrue(DesignTest.fontNames(pdf).stream().anyMatch(n -> n.contains(prefix)),
                        DesignTest.fontNames(pdf).toString());
            }
        }
    }

    @Test
    void fitLimitsOnAStyleThatDoesNotFitAreNoted() throws Exception {
        Design design = new Design(null, null, Design.Margins.DEFAULT, null, null, null,
                new Design.Fit(List.of(), 3, null));
        assertEquals(List.of("the style does not fit the CV to a page count, so design.fit is ignored (one-page does)"),
                renderer.render(with(design), style("academic"), false, true).notes());
    }
}
