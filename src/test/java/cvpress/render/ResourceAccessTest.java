package cvpress.render;

import com.sun.net.httpserver.HttpServer;
import cvpress.model.CvDocument;
import cvpress.model.Entry;
import cvpress.model.EntryType;
import cvpress.model.Section;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A style or CV that refers to the network or to files outside the style reaches neither. */
class ResourceAccessTest {

    @TempDir
    Path work;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "body { color: red; }".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private Style hostileStyle() throws Exception {
        Path dir = Files.createDirectories(work.resolve("hostile"));
        try (Stream<Path> files = Files.list(Path.of("styles", "academic"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
        Files.write(dir.resolve("dot.png"), Files.readAllBytes(Path.of("src/test/resources/style/dot.png")));
        String template = Files.readString(dir.resolve("template.mustache"))
                .replace("<head>", "<head>\n<link rel=\"stylesheet\" href=\"" + base + "linked.css\">"
                        + "<script src=\"" + base + "script.js\"></script>"
                        + "<style>@import url(" + base + "inline-import.css); .x { background: url('" + base + "inline.png'); }</style>")
                .replace("<main>", "<main>\n<img src=\"" + base + "img.png\" alt=\"\"><img src=\"file:///etc/passwd\" alt=\"\">"
                        + "<img src=\"../../../../../../../etc/passwd\" alt=\"\"><img src=\"classpath:fonts/families.txt\" alt=\"\">"
                        + "<object data=\"file:///etc/passwd\" type=\"text/plain\"></object>"
                        + "<iframe src=\"" + base + "frame.html\"></iframe>"
                        + "<div style=\"background-image: url(" + base + "attr.png)\">x</div>"
                        + "<img class=\"own\" src=\"dot.png\" alt=\"\">");
        Files.writeString(dir.resolve("template.mustache"), template);
        String css = "@import url(\"" + base + "import.css\");\n"
                + "@font-face { font-family: Evil; src: url(file:///etc/passwd); }\n"
                + "@font-face { font-family: Remote; src: url(" + base + "font.ttf); }\n"
                + "body { background-image: url(\"" + base + "background.png\"); }\n"
                + ".contacts { font-family: Evil, Remote; }\n"
                + Files.readString(dir.resolve("style.css"));
        Files.writeString(dir.resolve("style.css"), css);
        return new StyleCatalog(work).resolve("./hostile");
    }

    private CvDocument hostileCv() {
        List<Section> sections = List.of(new Section("Links", EntryType.TEXT, List.of(
                new Entry.Text("A [link to the server](" + base + "linked-from-cv) is a link, not a fetch."),
                new Entry.Text("<img src=\"" + base + "cv.png\"> and <img src=\"file:///etc/passwd\"> stay text."))));
        return TestCvs.document(TestCvs.cv("Eve Hostile", sections), cvpress.model.Design.DEFAULT);
    }

    @Test
    void thePdfFetchesNothingOutsideTheStyle() throws Exception {
        Renderer renderer = new Renderer();
        byte[] pdf = renderer.pdf(hostileCv(), hostileStyle());
        assertEquals(0, requests.get(), "the typesetter contacted the network");
        String text = PdfFacts.text(pdf);
        assertFalse(text.contains("root:"), "/etc/passwd leaked into the PDF");
        assertTrue(text.contains("<img src=\"" + base + "cv.png\"> and <img src=\"file:///etc/passwd\"> stay text."), text);
    }

    @Test
    void theTypesetterAloneDeniesEverythingOutsideTheStyle() throws Exception {
        Document page = Jsoup.parse("<html><head><link rel=\"stylesheet\" href=\"" + base + "a.css\">"
                + "<style>@import url(" + base + "b.css); @import url(file:///etc/passwd);"
                + " body { background: url(" + base + "c.png); font-family: 'CMU Serif'; }</style></head><body>"
                + "<img src=\"" + base + "d.png\"><img src=\"file:///etc/passwd\"><img src=\"classpath:fonts/families.txt\">"
                + "<img src=\"../../etc/passwd\"><p id=\"s\">text</p></body></html>");
        Style style = new StyleCatalog(work).resolve("academic");
        List<FontSet.Face> fonts = new FontSet().family("CMU Serif", style.source());
        PdfMetadata meta = new PdfMetadata("t", "a", "s", "k", "en", TestCvs.DATE, List.of());
        byte[] pdf = new PdfTypesetter(true).typeset(new org.jsoup.helper.W3CDom().fromJsoup(page), page.outerHtml(),
                style.source(), fonts,
                new FontMetricsCache(), meta, null, new RenderBudget(RenderLimits.DEFAULT));
        assertEquals(0, requests.get(), "the typesetter contacted the network");
        assertFalse(PdfFacts.text(pdf).contains("root:"));
        for (String uri : List.of(base + "x", "file:///etc/passwd", "classpath:fonts/families.txt", "../x",
                "cvpress-style:/../x", "jar:file:/x.jar!/y", "ftp://host/x")) {
            assertFalse(PdfTypesetter.allowed(uri), uri);
        }
        for (String uri : List.of("data:image/png;base64,AAAA", "dot.png", "cvpress-style:/img/dot.png")) {
            assertTrue(PdfTypesetter.allowed(uri), uri);
        }
    }

    @Test
    void aPhotoMustBeAnImage() throws Exception {
        Path notAnImage = Files.writeString(work.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        cvpress.model.Cv base = TestCvs.cv("Photo Person", TestCvs.sections());
        cvpress.model.Cv withPhoto = new cvpress.model.Cv(base.name(), base.headline(), base.location(), base.emails(),
                base.phones(), base.websites(), notAnImage, base.socialNetworks(), base.customConnections(),
                base.sections());
        Style academic = new StyleCatalog(work).resolve("academic");
        RenderException e = org.junit.jupiter.api.Assertions.assertThrows(RenderException.class,
                () -> new Renderer().pdf(TestCvs.document(withPhoto, cvpress.model.Design.DEFAULT), academic));
        assertEquals(notAnImage + ": photo must be a PNG or JPEG image", e.getMessage());
        Path png = Files.write(work.resolve("me.png"), Files.readAllBytes(Path.of("src/test/resources/style/dot.png")));
        cvpress.model.Cv withPng = new cvpress.model.Cv(base.name(), base.headline(), base.location(), base.emails(),
                base.phones(), base.websites(), png, base.socialNetworks(), base.customConnections(), base.sections());
        String html = new Renderer().html(TestCvs.document(withPng, cvpress.model.Design.DEFAULT), academic);
        assertTrue(Jsoup.parse(html).selectFirst("img.photo").attr("src").startsWith("data:image/png;base64,"));
    }

    @Test
    void theHtmlPageRefersToNothingOutside() throws Exception {
        String html = new Renderer().html(hostileCv(), hostileStyle());
        assertEquals(0, requests.get());
        Document page = Jsoup.parse(html);
        assertTrue(page.select("script, link, object, iframe, embed").isEmpty(), "loading elements survived");
        for (Element e : page.select("[src]")) {
            assertTrue(e.attr("src").startsWith("data:"), "external src survived: " + e);
        }
        assertTrue(page.selectFirst("img.own").attr("src").startsWith("data:image/png;base64,"), "own file not inlined");
        String rest = html.replace("href=\"" + base + "linked-from-cv\"", "")
                .replace("&lt;img src=\"" + base + "cv.png\"&gt;", "");
        assertFalse(rest.contains(base), "a reference to the server survived");
        assertFalse(html.contains("url(file:") || html.contains("url(\"file:"), "a file URL survived in CSS");
    }
}
