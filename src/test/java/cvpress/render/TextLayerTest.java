package cvpress.render;

import cvpress.model.CvDocument;
import cvpress.model.CvLoader;
import cvpress.style.Style;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every seed and test CV in every built-in style gives back every word, whole and in order: recall and order 1.00
 * from PDFBox; from poppler's pdftotext recall and order at least 0.99 in both its modes (its default mode splits a
 * page into blocks at wide gaps, which the styles' leaders and close label columns keep from cutting a date or a
 * label off its line); the measure itself catches split, ligated, spaced-out, glued and reordered words.
 */
class TextLayerTest {

    private static final Renderer RENDERER = new Renderer();

    static Stream<Arguments> everyCvInEveryStyle() throws Exception {
        return EveryStyleTest.everyCvInEveryStyle();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyCvInEveryStyle")
    void everyWordComesBackInOrder(Path file, Style style) throws Exception {
        CvDocument doc = new CvLoader(LocalDate.of(2026, 11, 2)).load(file).document();
        Renderer.Rendered r = RENDERER.render(doc, style, true, false);
        CvDocument shown = r.document();
        String text;
        try (PDDocument pdf = Loader.loadPDF(r.pdf())) {
            text = TextLayer.extract(pdf);
        }
        TextLayer.Comparison pdfbox = TextLayer.compare(shown, text);
        String what = file + " in " + style.name();
        assertEquals(List.of(), pdfbox.missing(), what);
        assertEquals(1.0, pdfbox.order(), 0.0, what + ": order");
        assertTrue(pdfbox.words() > 100, what);

        TextLayer.Comparison poppler = TextLayer.compare(shown, pdftotext(r.pdf(), false));
        assertTrue(poppler.recall() >= 0.99, what + ": pdftotext recall " + poppler.recall() + ", missing " + poppler.missing());
        assertTrue(poppler.order() >= 0.99, what + ": pdftotext order " + poppler.order());
        TextLayer.Comparison layout = TextLayer.compare(shown, pdftotext(r.pdf(), true));
        assertTrue(layout.recall() >= 0.99, what + ": pdftotext -layout recall " + layout.recall());
        assertTrue(layout.order() >= 0.99, what + ": pdftotext -layout order " + layout.order());
    }

    private static String pdftotext(byte[] pdf, boolean layout) throws Exception {
        Path file = Files.createTempFile("cvpress-text", ".pdf");
        try {
            Files.write(file, pdf);
            List<String> command = layout
                    ? List.of("pdftotext", "-layout", "-enc", "UTF-8", file.toString(), "-")
                    : List.of("pdftotext", "-enc", "UTF-8", file.toString(), "-");
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "pdftotext failed (is poppler-utils installed?)");
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void measureCatchesBrokenWords() throws Exception {
        CvDocument doc = TestCvs.everyEntryType();
        String good = PdfFacts.text(RENDERER.pdf(doc, builtIn("academic")));
        assertEquals(1.0, TextLayer.compare(doc, good).recall(), 0.0);
        assertMissing(doc, good.replace("efficient inference", "effi-\ncient inference"), "efficient");
        assertMissing(doc, good.replace("efficient inference", "eﬃcient inference"), "efficient");
        assertMissing(doc, good.replace("Fulbright", "F u l b r i g h t"), "fulbright");
        assertMissing(doc, good.replace("Fulbright Scholarship", "FulbrightScholarship"), "fulbright");
        int about = good.indexOf("\nAbout\n");
        int education = good.indexOf("\nEducation\n");
        String swapped = good.substring(0, about) + good.substring(education) + good.substring(about, education);
        TextLayer.Comparison c = TextLayer.compare(doc, swapped);
        assertEquals(1.0, c.recall(), 0.0);
        assertTrue(c.order() < 0.99, "order " + c.order());
    }

    @Test
    void wordsAreCutAtPunctuationAndCompareInLowerCase() {
        assertEquals(List.of("c", "python", "2.8x", "ayse@example.org", "doi:10.1/x"),
                TextLayer.words("C++, (Python) | 2.8x · ayse@example.org\u00a0doi:10.1/x."));
        assertEquals(List.of("eﬃcient"), TextLayer.words("eﬃcient"));
    }

    private static void assertMissing(CvDocument doc, String text, String word) {
        TextLayer.Comparison c = TextLayer.compare(doc, text);
        assertTrue(c.missing().contains(word), c.missing() + " lacks " + word);
        assertTrue(c.recall() < 1.0);
    }

    private static Style builtIn(String name) {
        try {
            return new cvpress.style.StyleCatalog(Path.of(".")).resolve(name);
        } catch (cvpress.style.StyleException e) {
            throw new AssertionError(e.getMessage());
        }
    }
}
