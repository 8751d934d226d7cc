package cvpress.render;

import cvpress.model.CvDocument;
import cvpress.model.CvLoader;
import cvpress.model.Design;
import cvpress.model.Entry;
import cvpress.model.EntryDate;
import cvpress.model.EntryType;
import cvpress.model.Highlight;
import cvpress.model.LoadResult;
import cvpress.model.PartialDate;
import cvpress.model.Section;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one-page style: exactly one page for every CV, a legible body, and an honest report of what it changed. */
class OnePageTest {

    private final Renderer renderer = new Renderer();
    private final Style onePage = resolve("one-page");
    private final CvLoader loader = new CvLoader(LocalDate.of(2026, 11, 2));

    private static Style resolve(String name) {
        try {
            return new StyleCatalog(Path.of(".")).resolve(name);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage());
        }
    }

    static Stream<Path> everyCv() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("seeds"), Path.of("src/test/resources/cvs"), Path.of("src/test/resources/rendercv"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    private CvDocument load(Path file) {
        LoadResult loaded = loader.load(file);
        assertTrue(loaded.ok(), () -> file + " does not load");
        return loaded.document();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCv")
    void everyCvFillsExactlyOnePageWithBodyTextOfAtLeastNinePoints(Path file) throws Exception {
        byte[] pdf = renderer.pdf(load(file), onePage);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages(), file.toString());
            float smallest = smallestFontSize(doc);
            assertTrue(smallest >= 9f - 0.05f, file + ": text set at " + smallest + " pt");
        }
    }

    @Test
    void aLongCvIsCondensedByWholeSectionsAndEntriesAndTheReportSaysWhat() throws Exception {
        CvDocument doc = load(Path.of("seeds/john-doe-rendercv.yaml"));
        Renderer.Rendered r = renderer.render(doc, onePage, true, false);
        FitReport fit = r.fit().orElseThrow();
        assertTrue(fit.changed());
        assertEquals(9.0, fit.fontSizePt());
        assertTrue(fit.spacingTightened() && fit.lineHeightReduced());
        assertEquals(List.of("1 of 5 Selected Honors", "2 sections: Patents, Invited Talks"), fit.leftOut());
        assertEquals("fitted on 1 page at 9 pt (spacing tightened, line height reduced); left out 1 of 5 Selected "
                + "Honors, 2 sections: Patents, Invited Talks", fit.describe());
        assertTrue(fit.layouts() <= 6, "layouts: " + fit.layouts());
        String text = PdfFacts.text(r.pdf());
        assertFalse(text.contains("Patents") || text.contains("Invited Talks"), text);
        assertTrue(text.contains("Selected Honors"));
        assertTrue(text.contains("Google PhD Fellowship in Machine Learning (2020 – 2023)"), "the fourth honour stays");
        assertFalse(text.contains("Fulbright Scholarship for Graduate Studies"), "the fifth honour goes");
        assertTrue(text.contains("Designed sparse attention mechanism reducing transformer memory footprint by 4.2x"),
                "entries are kept whole");
    }

    @Test
    void aCvThatFitsIsUntouched() throws Exception {
        CvDocument doc = TestCvs.everyEntryType();
        FitReport fit = renderer.render(doc, onePage, false, true).fit().orElseThrow();
        assertFalse(fit.changed());
        assertEquals(List.of(), fit.leftOut());
        assertEquals(10.0, fit.fontSizePt());
        assertEquals(1, fit.layouts());
        assertEquals("fits on 1 page as written", fit.describe());
    }

    @Test
    void theReusedLayoutWritesTheSamePdfAsAFreshOne() throws Exception {
        CvDocument doc = load(Path.of("seeds/john-doe-rendercv.yaml"));
        assertArrayEquals(renderer.pdf(doc, onePage), new Renderer().pdf(doc, onePage));
    }

    @Test
    void theAuthorsFloorAndSectionsThatMustStayAreHonoured() throws Exception {
        CvDocument doc = load(Path.of("seeds/john-doe-rendercv.yaml"));
        CvDocument steered = withFit(doc, new Design.Fit(List.of("Experience", "Invited Talks"), null, "10pt"));
        Renderer.Rendered r = renderer.render(steered, onePage, true, false);
        FitReport fit = r.fit().orElseThrow();
        assertEquals(10.0, fit.fontSizePt());
        String text = PdfFacts.text(r.pdf());
        assertTrue(text.contains("Invited Talks"), fit.describe());
        try (PDDocument pdf = Loader.loadPDF(r.pdf())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(smallestFontSize(pdf) >= 10f - 0.05f);
        }
        assertTrue(fit.leftOut().stream().filter(s -> s.contains(" section"))
                .noneMatch(s -> s.contains("Experience") || s.contains("Invited Talks")), fit.describe());
        assertTrue(fit.leftOut().contains("1 section: Patents"), fit.describe());
    }

    @Test
    void anUnknownSectionToKeepIsNamed() {
        CvDocument doc = withFit(TestCvs.everyEntryType(), new Design.Fit(List.of("Teachng"), null, null));
        CvDocument tooLong = new CvDocument(doc.source(), longCv(doc, 60), doc.design(), doc.locale(), doc.settings());
        RenderException e = assertThrows(RenderException.class, () -> renderer.pdf(tooLong, onePage));
        assertTrue(e.getMessage().startsWith("design.fit.keep_sections: no section titled 'Teachng' (sections: "),
                e.getMessage());
    }

    @Test
    void aCvThatCannotFitWithinTheAuthorsLimitsSaysHowMuchTooLongAndWhatToRelax() {
        CvDocument base = withFit(TestCvs.everyEntryType(), new Design.Fit(List.of("Experience"), 40, null));
        CvDocument doc = new CvDocument(base.source(), longCv(base, 40), base.design(), base.locale(), base.settings());
        RenderException e = assertThrows(RenderException.class, () -> renderer.pdf(doc, onePage));
        assertTrue(e.getMessage().matches("does not fit on 1 page: condensed as far as allowed, at 9 pt, it is still "
                + "\\d\\.\\d\\d pages long, \\d+% too long; relax design\\.fit\\.keep_sections \\(Experience\\), "
                + "design\\.fit\\.max_entries \\(40\\), design\\.fit\\.min_font_size \\(9pt\\), the margins, or "
                + "shorten the CV"), e.getMessage());
    }

    private static cvpress.model.Cv longCv(CvDocument doc, int entries) {
        List<Entry> jobs = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            jobs.add(new Entry.Experience("Company " + i, "Engineer " + i, TestCvs.details(
                    new EntryDate.On(new PartialDate(2020, 1, 0)), "Berlin", null,
                    List.of(new Highlight("Built a thing that mattered to a great many people " + i, List.of()),
                            new Highlight("Made another thing faster by a large factor " + i, List.of())))));
        }
        List<Section> sections = new ArrayList<>(doc.cv().sections());
        sections.add(new Section("Experience", EntryType.EXPERIENCE, jobs));
        sections.removeIf(s -> s.title().equals("Experience") && s.entries().size() != entries);
        return TestCvs.cv(doc.cv().name(), sections);
    }

    private static CvDocument withFit(CvDocument doc, Design.Fit fit) {
        Design d = doc.design();
        return new CvDocument(doc.source(), doc.cv(), new Design(d.style(), d.pageSize(), d.margins(),
                d.accentColor(), d.fontFamily(), d.fontSize(), fit), doc.locale(), doc.settings());
    }

    /** The font size most glyphs of the document are drawn at (the body's), in points. */
    static float mostCommonFontSize(PDDocument doc) throws IOException {
        java.util.Map<Float, Integer> counts = new java.util.HashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                counts.merge(Math.round(text.getYScale() * 100) / 100f, 1, Integer::sum);
                super.processTextPosition(text);
            }
        };
        stripper.getText(doc);
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The smallest font size any letter or digit of the document is drawn at, in points. */
    static float smallestFontSize(PDDocument doc) throws IOException {
        float[] smallest = {Float.MAX_VALUE};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                // Words are what must stay legible; the leaders' dots between a title and its date are set small.
                if (text.getUnicode().codePoints().anyMatch(Character::isLetterOrDigit)) {
                    smallest[0] = Math.min(smallest[0], text.getYScale());
                }
                super.processTextPosition(text);
            }
        };
        stripper.getText(doc);
        return smallest[0];
    }
}
