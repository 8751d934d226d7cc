package cvpress.render;

import cvpress.model.CvDocument;
import cvpress.model.CvLoader;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every seed and test CV renders in every built-in style with its text layer; the RenderCV example and the test
 * CVs, résumé-sized, take at most two pages in industry.
 */
class EveryStyleTest {

    private static final Renderer RENDERER = new Renderer();

    static Stream<Arguments> everyCvInEveryStyle() throws Exception {
        List<Style> styles = new StyleCatalog(Path.of(".")).builtIns();
        assertEquals(List.of("academic", "industry", "one-page"), styles.stream().map(Style::name).toList());
        return OnePageTest.everyCv().flatMap(cv -> styles.stream().map(s -> Arguments.of(cv, s)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyCvInEveryStyle")
    void renders(Path file, Style style) throws Exception {
        CvDocument doc = new CvLoader(LocalDate.of(2026, 11, 2)).load(file).document();
        Renderer.Rendered r = RENDERER.render(doc, style, true, true);
        assertEquals(List.of(), r.notes());
        String text = PdfFacts.text(r.pdf()).replaceAll("\\s+", " ");
        String name = doc.cv().name() == null ? "" : doc.cv().name();
        for (String word : name.split("\\s+")) {
            assertTrue(text.contains(word), word);
        }
        String firstSection = doc.cv().sections().get(0).title();
        assertTrue(text.contains(firstSection), firstSection);
        try (PDDocument pdf = Loader.loadPDF(r.pdf())) {
            boolean resumeSized = !file.startsWith("seeds") || file.endsWith("john-doe-rendercv.yaml");
            if (style.name().equals("industry") && resumeSized) {
                assertTrue(pdf.getNumberOfPages() <= 2, file + ": " + pdf.getNumberOfPages() + " pages");
            }
        }
    }
}
