package cvpress.style;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StyleCatalogTest {

    @TempDir
    Path work;

    /** A copy of the academic style's files in {@code dir}, to be altered by a test. */
    static Path copyOfAcademic(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(Path.of("styles", "academic"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
        return dir;
    }

    @Test
    void builtInsAreReadFromTheClasspath() {
        List<Style> styles = new StyleCatalog(work).builtIns();
        Style academic = styles.get(0);
        assertEquals("academic", academic.name());
        assertTrue(academic.description().startsWith("Serif with a LaTeX look"), academic.description());
        assertInstanceOf(StyleSource.Bundled.class, academic.source());
        assertEquals("CMU Serif", academic.defaults().get("typography.font_family"));
        assertEquals("a4", academic.defaults().get("page.size"));
    }

    @Test
    void builtInStylesKeepTheTypographyRules() throws Exception {
        for (Style style : new StyleCatalog(work).builtIns()) {
            String css = new String(style.source().read("style.css").orElseThrow(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(!css.matches("(?s).*hyphens\\s*:\\s*auto.*"), style.name() + " hyphenates");
            assertTrue(!css.matches("(?s).*text-align\\s*:\\s*justify.*"), style.name() + " justifies");
            assertTrue(!css.matches("(?s).*text-transform\\s*:\\s*(uppercase|capitalize).*"), style.name() + " transforms text");
            boolean onePage = style.fit() != null && style.fit().pages() == 1;
            assertTrue(onePage || css.contains("counter(page)") && css.contains("counter(pages)"),
                    style.name() + " has no n / N footer");
            assertTrue(css.contains("page-break-after: avoid"), style.name() + " may strand headings");
        }
    }

    @Test
    void aBuiltInResolvesByName() throws Exception {
        Style style = new StyleCatalog(work).resolve("academic");
        assertEquals(new StyleSource.Bundled("academic"), style.source());
        assertTrue(style.source().read("entry-publication.mustache").isPresent());
    }

    @Test
    void anUnknownNameListsTheBuiltIns() {
        StyleException e = assertThrows(StyleException.class, () -> new StyleCatalog(work).resolve("fancy"));
        assertEquals("unknown style 'fancy'; built-in styles: academic, industry, one-page (or give the path of a style directory)",
                e.getMessage());
    }

    @Test
    void aPathThatLeavesTheWorkingDirectoryIsRefused() {
        for (String name : List.of("../../etc", "../../../../../../etc", "/etc", "styles/../../etc", "..")) {
            StyleException e = assertThrows(StyleException.class, () -> new StyleCatalog(work).resolve(name));
            assertTrue(e.getMessage().startsWith("refusing style '" + name + "': it is neither a built-in style"),
                    e.getMessage());
        }
    }

    @Test
    void aUserStyleDirectoryWorks() throws Exception {
        Path dir = copyOfAcademic(work.resolve("my-style"));
        Files.writeString(dir.resolve("style.yaml"), "name: mine\ndescription: My own.\ndefaults:\n  page:\n    size: us-letter\n");
        Style style = new StyleCatalog(work).resolve("./my-style");
        assertEquals("mine", style.name());
        assertEquals(Map.of("page.size", "us-letter"), style.defaults());
        assertEquals(new StyleSource.Directory(dir), style.source());
        Style same = new StyleCatalog(Path.of("/")).resolve(dir.toString());
        assertEquals(style, same);
    }

    @Test
    void aNameFindsAStyleUnderStylesInTheWorkingDirectory() throws Exception {
        copyOfAcademic(work.resolve("styles").resolve("local"));
        Style style = new StyleCatalog(work).resolve("local");
        assertEquals("academic", style.name());
        assertInstanceOf(StyleSource.Directory.class, style.source());
    }

    @Test
    void aTemplateSyntaxErrorNamesFileAndLine() throws Exception {
        Path dir = copyOfAcademic(work.resolve("broken"));
        Files.writeString(dir.resolve("entry-bullet.mustache"), "<ul>\n{{#entries}}<li>{{bullet}}</li>\n</ul>\n");
        StyleException e = assertThrows(StyleException.class, () -> new StyleCatalog(work).resolve("./broken"));
        assertEquals(dir.resolve("entry-bullet.mustache") + ":2: Failed to close 'entries' tag", e.getMessage());
    }

    @Test
    void aMissingPartialIsNamed() throws Exception {
        Path dir = copyOfAcademic(work.resolve("partial"));
        Files.delete(dir.resolve("entry-numbered.mustache"));
        StyleException e = assertThrows(StyleException.class, () -> new StyleCatalog(work).resolve("./partial"));
        assertEquals(dir.resolve("entry-numbered.mustache") + ": no such template (named by a partial tag {{> entry-numbered}})",
                e.getMessage());
    }

    @Test
    void aBadStyleYamlNamesTheLine() throws Exception {
        Path dir = copyOfAcademic(work.resolve("yaml"));
        Files.writeString(dir.resolve("style.yaml"), "name: x\ndescription: y\ndefaults:\n  page:\n    size: a4\n  colour: red\n");
        StyleException e = assertThrows(StyleException.class, () -> new StyleCatalog(work).resolve("./yaml"));
        assertTrue(e.getMessage().startsWith(dir.resolve("style.yaml") + ":6: unknown design value 'colour'"),
                e.getMessage());
        Files.writeString(dir.resolve("style.yaml"), "name: x\n\tdescription: y\n");
        e = assertThrows(StyleException.class, () -> new StyleCatalog(work).resolve("./yaml"));
        assertTrue(e.getMessage().startsWith(dir.resolve("style.yaml") + ":2: not valid YAML: "), e.getMessage());
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void aBrokenStyleSheetNamesTheLine() throws Exception {
        Path dir = copyOfAcademic(work.resolve("css"));
        Files.writeString(dir.resolve("style.css"), "body {\n  color: red;\n\n.x { margin: 0; }\n");
        StyleException e = assertThrows(StyleException.class, () -> new StyleCatalog(work).resolve("./css"));
        assertEquals(dir.resolve("style.css") + ":1: '{' is never closed", e.getMessage());
    }

    @Test
    void aStyleCannotReadOutsideItsDirectory() throws Exception {
        Path dir = copyOfAcademic(work.resolve("reader"));
        Files.writeString(work.resolve("secret.txt"), "secret");
        StyleSource source = new StyleCatalog(work).resolve("./reader").source();
        assertTrue(source.read("../secret.txt").isEmpty());
        assertTrue(source.read("/etc/passwd").isEmpty());
        assertTrue(source.read("style.css").isPresent());
        Files.createSymbolicLink(dir.resolve("link.txt"), work.resolve("secret.txt"));
        assertTrue(source.read("link.txt").isEmpty());
    }

    @Test
    void honoursAndFitAreReadAndCheckedWithTheirLines() throws Exception {
        Path dir = copyOfAcademic(work.resolve("fitting"));
        Files.writeString(dir.resolve("style.yaml"), "name: fitting\ndescription: y\nhonours: [page.size]\n"
                + "fit:\n  pages: 2\n  min_font_size: 8pt\n  drop_first: [hobbies]\n  keep: [work]\n");
        Style style = new StyleCatalog(work).resolve("./fitting");
        assertEquals(List.of("page.size"), style.honours());
        assertEquals(new Style.Fit(2, "8pt", List.of("hobbies"), List.of("work")), style.fit());
        assertEquals(null, new StyleCatalog(work).resolve("academic").fit());
        Files.writeString(dir.resolve("style.yaml"), "name: x\ndescription: y\nhonours: [page.colour]\n");
        StyleException e = assertThrows(StyleException.class, () -> new StyleCatalog(work).resolve("./fitting"));
        assertTrue(e.getMessage().startsWith(dir.resolve("style.yaml") + ":3: honours: unknown design option "
                + "'page.colour'"), e.getMessage());
        Files.writeString(dir.resolve("style.yaml"), "name: x\ndescription: y\nfit:\n  pages: 1\n  squeeze: yes\n");
        e = assertThrows(StyleException.class, () -> new StyleCatalog(work).resolve("./fitting"));
        assertTrue(e.getMessage().startsWith(dir.resolve("style.yaml") + ":5: unknown key 'fit.squeeze'"),
                e.getMessage());
    }
}
