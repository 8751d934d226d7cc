package cvpress.render;

import cvpress.model.CvDocument;
import cvpress.model.CvLoader;
import cvpress.model.LoadResult;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import cvpress.style.StyleException;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A style or CV from someone else reaches nothing but the view model, the style's own files and, for the photo, the
 * CV's own directory: no Java method through a template tag, no partial or file outside the style, no photo outside
 * the CV's directory, whether by {@code ..} or by a symbolic link.
 */
class SandboxTest {

    private static final String SECRET = "TOP-SECRET-7f3a";
    private static final Pattern PROBE = Pattern.compile("\\[probe (\\w+):(.*?)]", Pattern.DOTALL);

    @TempDir
    Path work;

    /** A copy of the academic style in {@code work/name}. */
    private Path copyOfAcademic(String name) throws IOException {
        Path dir = Files.createDirectories(work.resolve(name));
        try (Stream<Path> files = Files.list(Path.of("styles", "academic"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
        return dir;
    }

    private CvDocument cv(String yaml) throws IOException {
        Path file = Files.writeString(work.resolve("cv.yaml"), yaml);
        LoadResult loaded = new CvLoader(LocalDate.of(2026, 1, 1)).load(file);
        assertTrue(loaded.ok(), loaded.diagnostics().toString());
        return loaded.document();
    }

    private static final String CV = """
            cv:
              name: Ada Lovelace
              sections:
                Experience:
                  - company: Analytical Engines
                    position: Engineer
                    start_date: 2020-01
                    highlights:
                      - Designed the loop
            settings:
              current_date: 2026-01-01
            """;

    @Test
    void aTemplateReachesNoJavaMethodOrClass() throws Exception {
        Path dir = copyOfAcademic("probing");
        String probes = String.join("\n",
                "[probe className:{{cv.name.class.name}}]",
                "[probe classSimple:{{cv.name.class.simpleName}}]",
                "[probe getClass:{{#cv}}{{getClass}}{{/cv}}]",
                "[probe getClassOfName:{{#cv.name}}{{getClass}}{{class}}{{/cv.name}}]",
                "[probe bytes:{{cv.name.bytes}}]",
                "[probe length:{{cv.name.length}}]",
                "[probe toUpperCase:{{cv.name.toUpperCase}}]",
                "[probe hashCode:{{cv.hashCode}}{{cv.name.hashCode}}]",
                "[probe toString:{{cv.toString}}{{sections.toString}}]",
                "[probe size:{{sections.size}}{{cv.size}}{{sections.empty}}{{cv.isEmpty}}{{cv.keySet}}]",
                "[probe listIndex:{{sections.0.title}}{{sections.get}}]",
                "[probe classLoader:{{cv.class.classLoader}}{{cv.name.class.protectionDomain}}]",
                "[probe system:{{java.lang.System.getenv}}{{System.getProperties}}{{cv.name.class.forName}}]",
                "[probe section:{{#cv.name.bytes}}x{{/cv.name.bytes}}{{#cv.name.empty}}x{{/cv.name.empty}}]",
                "[probe lambda:{{#cv.name.chars}}x{{/cv.name.chars}}{{#sections.stream}}x{{/sections.stream}}]");
        Files.writeString(dir.resolve("template.mustache"),
                Files.readString(dir.resolve("template.mustache")).replace("<main>", "<main>\n<pre>" + probes + "</pre>"));
        Style style = new StyleCatalog(work).resolve("./probing");
        String html = new Renderer().html(cv(CV), style);
        Matcher m = PROBE.matcher(Jsoup.parse(html).selectFirst("pre").text());
        int probed = 0;
        while (m.find()) {
            probed++;
            assertEquals("", m.group(2), "template reached Java through probe " + m.group(1));
        }
        assertEquals(15, probed, html);
        assertTrue(html.contains("Ada Lovelace"), "the view model itself is still reachable");
    }

    @Test
    void aPartialOutsideTheStyleIsNotRead() throws Exception {
        Files.writeString(work.resolve("outside.mustache"), SECRET);
        Path secretDir = Files.createDirectories(work.resolve("elsewhere"));
        Files.writeString(secretDir.resolve("secret.mustache"), SECRET);
        List<String> tags = List.of("{{> ../outside}}", "{{>../../outside}}", "{{> " + work.resolve("outside") + "}}",
                "{{> /etc/passwd}}", "{{> linked}}", "{{<../outside}}{{/../outside}}");
        int i = 0;
        for (String tag : tags) {
            Path dir = copyOfAcademic("partial" + i++);
            Files.createSymbolicLink(dir.resolve("linked.mustache"), secretDir.resolve("secret.mustache"));
            Files.writeString(dir.resolve("template.mustache"),
                    Files.readString(dir.resolve("template.mustache")).replace("<main>", "<main>\n" + tag));
            StyleException e = assertThrows(StyleException.class,
                    () -> new StyleCatalog(work).resolve("./" + dir.getFileName()), tag);
            assertTrue(e.getMessage().contains("no such template"), tag + " -> " + e.getMessage());
            assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        }
    }

    @Test
    void aStyleFileLinkedFromOutsideIsNotRead() throws Exception {
        Path dir = copyOfAcademic("linking");
        Path secret = Files.createDirectories(work.resolve("secret"));
        Files.write(secret.resolve("dot.png"), Files.readAllBytes(Path.of("src/test/resources/style/dot.png")));
        Files.writeString(secret.resolve("extra.css"), ".x { color: red; } /* " + SECRET + " */");
        Files.createSymbolicLink(dir.resolve("dot.png"), secret.resolve("dot.png"));
        Files.createSymbolicLink(dir.resolve("img"), secret);
        Files.write(dir.resolve("own.png"), Files.readAllBytes(Path.of("src/test/resources/style/dot.png")));
        Files.writeString(dir.resolve("template.mustache"), Files.readString(dir.resolve("template.mustache"))
                .replace("<main>", "<main>\n<img class=\"linked\" src=\"dot.png\" alt=\"\">"
                        + "<img class=\"through\" src=\"img/dot.png\" alt=\"\">"
                        + "<img class=\"own\" src=\"own.png\" alt=\"\">"
                        + "<link rel=\"stylesheet\" href=\"img/extra.css\">"));
        Style style = new StyleCatalog(work).resolve("./linking");
        org.jsoup.nodes.Document page = Jsoup.parse(new Renderer().html(cv(CV), style));
        assertFalse(page.selectFirst("img.linked").hasAttr("src"), page.selectFirst("img.linked").toString());
        assertFalse(page.selectFirst("img.through").hasAttr("src"), page.selectFirst("img.through").toString());
        assertTrue(page.selectFirst("img.own").attr("src").startsWith("data:image/png;base64,"), "own file not inlined");
        assertFalse(page.outerHtml().contains(SECRET));
        byte[] pdf = new Renderer().pdf(cv(CV), style);
        assertFalse(new String(pdf, StandardCharsets.ISO_8859_1).contains(SECRET));
    }

    @Test
    void cssReachesNeitherNetworkNorFilesOutsideTheStyle() throws Exception {
        Path dir = copyOfAcademic("sheet");
        Files.writeString(work.resolve("outside.png"), SECRET);
        Files.writeString(dir.resolve("style.css"), Files.readString(dir.resolve("style.css"))
                + "\n.a { background: url(http://127.0.0.1:9/x.png); }"
                + "\n.b { background: url('file:///etc/passwd'); }"
                + "\n.c { background: url(\"../outside.png\"); }"
                + "\n.d { background: url(" + work.resolve("outside.png") + "); }"
                + "\n.e { background: url(//127.0.0.1:9/x.png); }\n");
        Style style = new StyleCatalog(work).resolve("./sheet");
        String html = new Renderer().html(cv(CV), style);
        for (String gone : List.of("127.0.0.1", "file:", "../outside", work.toString(), SECRET)) {
            assertFalse(html.contains(gone), gone);
        }
        assertTrue(html.contains(".c { background: url(\"data:,\"); }"), "the ../ reference is emptied");
    }

    @Test
    void linksInTheCvReachOnlyWebAndMailAddresses() throws Exception {
        String html = new Renderer().html(cv("""
                cv:
                  name: Ada Lovelace
                  sections:
                    Links:
                      - "[a](javascript:alert(1)) [b](data:text/html,x) [c](file:///etc/passwd) [d](https://ok.example.org/)"
                      - "<a href=javascript:alert(2)>e</a> <img src=x onerror=alert(3)>"
                settings:
                  current_date: 2026-01-01
                """), new StyleCatalog(work).resolve("academic"));
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        assertEquals(List.of("https://ok.example.org/"), page.select("main a[href]").eachAttr("href"), html);
        assertTrue(page.select("main img, main [onerror]").isEmpty(), "markup in a CV stays text");
    }

    @Test
    void aPhotoOutsideTheCvDirectoryIsRefused() throws Exception {
        Path cvDir = Files.createDirectories(work.resolve("a/b/cv"));
        Path outside = Files.createDirectories(work.resolve("outside"));
        Files.write(outside.resolve("face.png"), Files.readAllBytes(Path.of("src/test/resources/style/dot.png")));
        Files.createSymbolicLink(cvDir.resolve("me.png"), outside.resolve("face.png"));
        Files.createSymbolicLink(cvDir.resolve("pictures"), outside);
        Files.write(cvDir.resolve("own.png"), Files.readAllBytes(Path.of("src/test/resources/style/dot.png")));
        CvLoader loader = new CvLoader(LocalDate.of(2026, 1, 1));
        for (String photo : List.of("../../../outside/face.png", "me.png", "pictures/face.png",
                outside.resolve("face.png").toString(), "../../../../../../../../etc/passwd")) {
            Path file = Files.writeString(cvDir.resolve("cv.yaml"), "cv:\n  name: Ada\n  photo: \"" + photo + "\"\n");
            LoadResult r = loader.load(file);
            assertFalse(r.ok(), photo);
            assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
            String message = r.diagnostics().get(0).format();
            assertTrue(message.startsWith(file + ":3:10: error: cv.photo: photo \"" + photo + "\" "), message);
            assertTrue(message.contains("outside the CV's directory") || message.contains("does not exist"), message);
        }
        Path file = Files.writeString(cvDir.resolve("cv.yaml"), "cv:\n  name: Ada\n  photo: own.png\n");
        LoadResult own = loader.load(file);
        assertTrue(own.ok(), own.diagnostics().toString());
    }
}
