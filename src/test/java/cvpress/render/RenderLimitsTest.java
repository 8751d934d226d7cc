package cvpress.render;

import cvpress.model.CvDocument;
import cvpress.model.CvLoader;
import cvpress.model.Entry;
import cvpress.model.EntryType;
import cvpress.model.LoadResult;
import cvpress.model.Section;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each document is held to its page and time limits: over one, it fails with a message naming the limit. */
class RenderLimitsTest {

    private static final Path TWO_PAGES = Path.of("src/test/resources/bad/limits/two-pages.yaml");

    private static Style style(String name) throws Exception {
        return new StyleCatalog(Path.of("")).resolve(name);
    }

    private static CvDocument twoPages() {
        LoadResult r = new CvLoader(LocalDate.of(2026, 1, 1)).load(TWO_PAGES);
        assertNotNull(r.document(), r.diagnostics().toString());
        return r.document();
    }

    private static int pages(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static CvDocument bullets(int count) {
        List<Entry> entries = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> entries.add(new Entry.Bullet("item " + i)));
        return TestCvs.document(TestCvs.cv("Many Bullets", List.of(new Section("Notes", EntryType.BULLET, entries))),
                cvpress.model.Design.DEFAULT);
    }

    @Test
    void aDocumentOverThePageLimitFailsAndOneWithinItRenders() throws Exception {
        CvDocument doc = twoPages();
        RenderException e = assertThrows(RenderException.class,
                () -> new Renderer(true, new RenderLimits(1, Duration.ofSeconds(60))).pdf(doc, style("academic")));
        assertEquals("the CV runs to 2 pages, over the limit of 1; raise it with --max-pages", e.getMessage());
        byte[] pdf = new Renderer(true, new RenderLimits(2, Duration.ofSeconds(60))).pdf(doc, style("academic"));
        assertEquals(2, pages(pdf));
    }

    @Test
    void aStyleThatFitsIsHeldToTheFittedLengthNotTheWrittenOne() throws Exception {
        byte[] pdf = new Renderer(true, new RenderLimits(1, Duration.ofSeconds(60))).pdf(twoPages(), style("one-page"));
        assertEquals(1, pages(pdf));
    }

    @Test
    void aRenderOverTheTimeLimitFailsInEveryStyle() throws Exception {
        for (String name : List.of("academic", "industry", "one-page")) {
            RenderException e = assertThrows(RenderException.class,
                    () -> new Renderer(true, new RenderLimits(50, Duration.ofMillis(1))).pdf(twoPages(), style(name)),
                    name);
            assertEquals("rendering took longer than the time limit of 1 ms; raise it with --timeout", e.getMessage());
        }
    }

    @Test
    void aCvFarTooLongIsRefusedBeforeLayoutAndTheFloorIsExact() {
        RenderBudget budget = new RenderBudget(new RenderLimits(50, Duration.ofSeconds(30)));
        int fits = 50 * RenderBudget.MAX_LINES_PER_PAGE + RenderBudget.MAX_LINES_PER_PAGE - 2;
        budget.checkLength(bullets(fits));
        RenderBudget.Exceeded e = assertThrows(RenderBudget.Exceeded.class, () -> budget.checkLength(bullets(fits + 1)));
        assertEquals("the CV takes at least 7,650 lines (one per section title, entry and highlight), so at least 51 "
                + "pages, over the limit of 50; raise it with --max-pages", e.getMessage());
    }

    @Test
    void aHundredThousandEntriesFailFastThroughTheRenderer() throws Exception {
        CvDocument huge = bullets(100_000);
        long started = System.nanoTime();
        RenderException e = assertThrows(RenderException.class, () -> new Renderer().pdf(huge, style("academic")));
        assertEquals("the CV takes at least 100,001 lines (one per section title, entry and highlight), so at least "
                + "666 pages, over the limit of 50; raise it with --max-pages", e.getMessage());
        assertEquals(true, System.nanoTime() - started < Duration.ofSeconds(20).toNanos(), "refused before layout");
    }
}
