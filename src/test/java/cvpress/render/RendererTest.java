package cvpress.render;

import cvpress.model.CvDocument;
import cvpress.model.Entry;
import cvpress.model.EntryType;
import cvpress.model.Section;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import cvpress.style.StyleTemplates;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RendererTest {

    private final Renderer renderer = new Renderer();
    private final Style academic = resolve("academic");
    private final CvDocument cv = TestCvs.everyEntryType();
    private final byte[] pdf = render(cv);

    private static Style resolve(String name) {
        try {
            return new StyleCatalog(Path.of(".")).resolve(name);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage());
        }
    }

    private byte[] render(CvDocument doc) {
        try {
            return renderer.pdf(doc, academic);
        } catch (RenderException e) {
            throw new IllegalStateException(e.getMessage());
        }
    }

    @Test
    void everyWordOfTheRecordComesBack() {
        String text = PdfFacts.text(pdf).replaceAll("\\s+", " ");
        for (String phrase : List.of("Ayşe Müller–Lüdenscheid", "İstanbul, Türkiye", "Boğaziçi University",
                "Sep 2018 – Jun 2023", "Jul 2023 – present", "Fall 2016", "PhD in Computer Engineering",
                "ICML 2022 main conference paper", "Languages: Python, C++, CUDA, Rust", "doi:10.1234/neurips.2023.1234",
                "Sarah Williams", "NeurIPS 2023", "Best paper award.", "3. Scaling Laws for Efficient Inference",
                "1. Adaptive Quantization", "Türkçe (native)")) {
            assertTrue(text.contains(phrase), () -> "missing \"" + phrase + "\" in: " + text);
        }
    }

    @Test
    void noLigatureGlyphReachesTheTextLayer() throws Exception {
        StringBuilder raw = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    raw.append(text.getUnicode());
                }
            };
            stripper.getText(doc);
        }
        assertTrue(raw.toString().contains("efficient"), raw.toString());
        assertFalse(raw.toString().matches("(?s).*[\\uFB00-\\uFB06].*"), "a ligature glyph was set: " + raw);
    }

    @Test
    void metadataNamesTheCvAndItsOwner() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals("Ayşe Müller–Lüdenscheid - CV", info.getTitle());
            assertEquals("Ayşe Müller–Lüdenscheid", info.getAuthor());
            assertEquals("Curriculum vitae of Ayşe Müller–Lüdenscheid: Assistant Professor of Computer Science",
                    info.getSubject());
            assertEquals("CV, Ayşe Müller–Lüdenscheid, PyTorch", info.getKeywords());
            assertEquals("cvpress", info.getCreator());
            Calendar created = info.getCreationDate();
            assertEquals(2026, created.get(Calendar.YEAR));
            assertEquals(Calendar.NOVEMBER, created.get(Calendar.MONTH));
            assertEquals(2, created.get(Calendar.DAY_OF_MONTH));
            assertEquals(created.getTimeInMillis(), info.getModificationDate().getTimeInMillis());
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void linksAreLive() throws Exception {
        List<String> uris = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        for (String expected : List.of("mailto:ayse@example.org", "tel:+902123595400", "https://ayse.example.org/",
                "https://github.com/aysem", "https://orcid.org/0000-0002-1825-0097", "https://lab.example.org/",
                "https://doi.org/10.1234/neurips.2023.1234", "https://example.org/paper.pdf",
                "https://github.com/example/flashkern")) {
            assertTrue(uris.contains(expected), () -> expected + " not among " + uris);
        }
    }

    @Test
    void everySectionHasABookmark() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                assertNotNull(item.findDestinationPage(doc), item.getTitle() + " points nowhere");
            }
            assertEquals(List.of("About", "Education", "Experience", "Projects", "Publications", "Selected Honors",
                    "Skills", "Patents", "Invited Talks"), titles);
        }
    }

    @Test
    void everyFontIsEmbeddedAndSubset() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts++;
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is not a subset");
                }
            }
            assertTrue(fonts >= 3, "expected regular, bold and italic faces, found " + fonts);
        }
    }

    @Test
    void laterPagesCarryNameAndPageNumberInTheFooter() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(2, doc.getNumberOfPages());
            String first = PdfFacts.text(doc, 1, 1);
            String second = PdfFacts.text(doc, 2, 2);
            assertTrue(first.contains("1 / 2"), first);
            assertTrue(first.contains("Last updated November 2026"), first);
            List<String> lines = second.strip().lines().toList();
            String footer = lines.get(lines.size() - 1);
            assertTrue(footer.contains("Ayşe Müller–Lüdenscheid") && footer.contains("2 / 2"), footer);
        }
    }

    @Test
    void rendersAreByteIdenticalAcrossTimeZonesAndLocales() throws Exception {
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertArrayEquals(pdf, render(cv));
            assertArrayEquals(pdf, new Renderer().pdf(cv, academic));
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        byte[] other = render(TestCvs.document(TestCvs.cv("Somebody Else", TestCvs.sections()), cvpress.model.Design.DEFAULT));
        assertFalse(java.util.Arrays.equals(documentId(pdf), documentId(other)), "/ID does not follow the content");
    }

    private static byte[] documentId(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSArray id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertNotNull(id, "trailer /ID");
            assertEquals(2, id.size());
            return ((org.apache.pdfbox.cos.COSString) id.get(0)).getBytes();
        }
    }

    @Test
    void rendersOnManyThreadsGiveTheSameBytes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> renderer.pdf(cv, academic)));
            }
            for (Future<byte[]> result : results) {
                assertArrayEquals(pdf, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A renderer that shares its catalog's templates renders with the compile the catalog checked the style with,
     * not compiling the template a second time (a template edited since is not read); a new load of the style
     * compiles it afresh, and the renderer then renders with that. A renderer of its own reads the files as they are.
     */
    @Test
    void rendersWithTheTemplateItsCatalogCompiledWhenTheyShareTemplates(@TempDir Path work) throws Exception {
        Path dir = Files.createDirectories(work.resolve("mine"));
        try (Stream<Path> files = Files.list(Path.of("styles", "academic"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
        StyleTemplates templates = new StyleTemplates();
        StyleCatalog catalog = new StyleCatalog(work, templates);
        Style loaded = catalog.resolve(dir.toString());
        edit(dir.resolve("template.mustache"), "<body>", "<body><p>edited after loading</p>");
        Renderer sharing = new Renderer(false, RenderLimits.DEFAULT, templates);

        assertFalse(sharing.html(cv, loaded).contains("edited after loading"));
        assertTrue(new Renderer(false).html(cv, loaded).contains("edited after loading"));
        assertTrue(sharing.html(cv, catalog.resolve(dir.toString())).contains("edited after loading"));
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has no " + from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void markupInAFieldIsTextNotElements() throws Exception {
        String html = renderer.html(cv, academic);
        Document page = Jsoup.parse(html);
        assertTrue(page.select("script").isEmpty(), "a <script> element was injected");
        assertTrue(html.contains("&lt;script&gt;alert('x')&lt;/script&gt; and &lt;/div&gt; stays text"), html);
        String text = PdfFacts.text(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("A field with <script>alert('x')</script> and </div> stays text."), text);
    }

    @Test
    void htmlIsAStandalonePage() throws Exception {
        String html = renderer.html(cv, academic);
        assertTrue(html.length() < 600_000, "the page is " + html.length() + " characters: fonts not subset?");
        Document page = Jsoup.parse(html);
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("Ayşe Müller–Lüdenscheid - CV", page.title());
        assertEquals("Ayşe Müller–Lüdenscheid", page.selectFirst("meta[name=author]").attr("content"));
        String css = page.select("style").html();
        assertTrue(css.contains("@font-face") && css.contains("src: url(data:font/ttf;base64,"), "fonts not inlined");
        assertFalse(css.contains("var(--"), "design values not written in");
        assertTrue(css.contains("--accent-color: #1d3b66"), "design values not declared");
        for (Element e : page.select("[src], link[href]")) {
            assertTrue(e.attr("src").startsWith("data:"), "external resource: " + e);
        }
        assertEquals(9, page.select("section[id]").size());
    }

    @Test
    void sectionTitlesNeverEndAPage() throws Exception {
        List<Section> sections = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            List<Entry> bullets = new ArrayList<>();
            for (int j = 0; j < 1 + i % 4; j++) {
                bullets.add(new Entry.Bullet("Item " + j + " of section " + i + " with a few words" + " more".repeat(i % 7)));
            }
            sections.add(new Section("Heading " + i, EntryType.BULLET, bullets));
        }
        byte[] long_ = render(TestCvs.document(TestCvs.cv("Long Cv", sections), cvpress.model.Design.DEFAULT));
        try (PDDocument doc = Loader.loadPDF(long_)) {
            assertTrue(doc.getNumberOfPages() >= 4);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                List<String> lines = PdfFacts.text(doc, p, p).strip().lines()
                        .filter(l -> !l.matches(".*\\d+ / \\d+.*") && !l.startsWith("Last updated")).toList();
                String last = lines.get(lines.size() - 1);
                assertFalse(last.matches("Heading \\d+"), "page " + p + " ends with the title " + last);
            }
        }
    }

    @Test
    void entryHeadingsNeverEndAPage() throws Exception {
        List<Entry> jobs = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            List<cvpress.model.Highlight> highlights = new ArrayList<>();
            for (int j = 0; j < 1 + (i * 7) % 6; j++) {
                highlights.add(new cvpress.model.Highlight("Achievement " + j + " of job " + i
                        + " described in a sentence" + " that goes on".repeat(8 + (i * 5 + j * 3) % 17), List.of()));
            }
            jobs.add(new Entry.Experience("Company " + i, "Position " + i,
                    TestCvs.details(TestCvs.span(2000 + i, 1, 2001 + i, 2), "Town " + i, null, highlights)));
        }
        byte[] long_ = render(TestCvs.document(TestCvs.cv("Busy Person",
                List.of(new Section("Experience", EntryType.EXPERIENCE, jobs))), cvpress.model.Design.DEFAULT));
        try (PDDocument doc = Loader.loadPDF(long_)) {
            assertTrue(doc.getNumberOfPages() >= 3);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                List<String> lines = PdfFacts.text(doc, p, p).strip().lines()
                        .filter(l -> !l.matches(".*\\d+ / \\d+.*") && !l.startsWith("Last updated")).toList();
                String last = lines.get(lines.size() - 1);
                assertFalse(last.matches("(Company|Position) \\d+ .*"), "page " + p + " ends with the heading " + last);
            }
        }
    }

    @Test
    void aBareCvRendersOnOnePage() throws Exception {
        cvpress.model.Cv bare = new cvpress.model.Cv(null, null, null, List.of(), List.of(), List.of(), null, List.of(),
                List.of(), List.of(new Section("Notes", EntryType.TEXT, List.of(new Entry.Text(
                        "https://example.org/" + "a-very-long-path-segment-".repeat(12))))));
        byte[] out = render(TestCvs.document(bare, cvpress.model.Design.DEFAULT));
        try (PDDocument doc = Loader.loadPDF(out)) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals("CV", doc.getDocumentInformation().getTitle());
            String text = PdfFacts.text(doc, 1, 1).replaceAll("\\s+", "");
            assertTrue(text.contains("a-very-long-path-segment-".repeat(12)), text);
        }
    }

    @Test
    void aBrokenDocumentGivesAOneLineMessage() {
        cvpress.model.CvLocale elevenMonths = new cvpress.model.CvLocale("en", List.of("a", "b", "c", "d", "e", "f", "g",
                "h", "i", "j", "k"), cvpress.model.CvLocale.ENGLISH.monthAbbreviations(), "present", null, null, null);
        CvDocument broken = new CvDocument(cv.source(), cv.cv(), cv.design(), elevenMonths, cv.settings());
        RenderException e = org.junit.jupiter.api.Assertions.assertThrows(RenderException.class,
                () -> renderer.pdf(broken, academic));
        assertEquals("cannot build the page: IllegalArgumentException: "
                + "a locale needs twelve month names and twelve abbreviations", e.getMessage());
    }

    @Test
    void pagesBecomePngImages() throws Exception {
        List<byte[]> pages = renderer.png(pdf, 40);
        assertEquals(2, pages.size());
        javax.imageio.ImageIO.read(new ByteArrayInputStream(pages.get(0)));
        assertEquals((byte) 0x89, pages.get(0)[0]);
        assertEquals('P', pages.get(0)[1]);
    }
}
