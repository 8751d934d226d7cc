package cvpress.render;

import cvpress.model.Design;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The record's design block overrides the style's defaults, and only values that are safe CSS get through. */
class DesignTest {

    private final Renderer renderer = new Renderer();

    private Style academic() throws Exception {
        return new StyleCatalog(Path.of(".")).resolve("academic");
    }

    static TreeSet<String> fontNames(PDDocument doc) throws Exception {
        TreeSet<String> names = new TreeSet<>();
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                names.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
        }
        return names;
    }

    @Test
    void theStyleDefaultsGiveAnA4PageInCmuSerif() throws Exception {
        try (PDDocument doc = Loader.loadPDF(renderer.pdf(TestCvs.everyEntryType(), academic()))) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 1);
            assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 1);
            assertTrue(fontNames(doc).stream().allMatch(n -> n.startsWith("CMUSerif")), fontNames(doc).toString());
        }
    }

    @Test
    void theRecordOverridesPageSizeFontAndColour() throws Exception {
        Design design = new Design(null, "us-letter", new Design.Margins("1in", "1in", "0.8in", "0.8in"), "#8b0000",
                "Noto Sans", "9.5pt");
        String html = renderer.html(TestCvs.document(TestCvs.cv("Ann Letter", TestCvs.sections()), design), academic());
        assertTrue(html.contains("size: letter;"), "page size not written in");
        assertTrue(html.contains("width: 8.5in;"), "screen page width not written in");
        assertTrue(html.contains("margin: 1in 0.8in 1in 0.8in;"), "margins not written in");
        assertTrue(html.contains("color: #8b0000;"), "accent colour not written in");
        assertTrue(html.contains("font-family: \"Noto Sans\""), "font family not written in");
        byte[] pdf = renderer.pdf(TestCvs.document(TestCvs.cv("Ann Letter", TestCvs.sections()), design), academic());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(PDRectangle.LETTER.getWidth(), box.getWidth(), 1);
            assertEquals(PDRectangle.LETTER.getHeight(), box.getHeight(), 1);
            assertTrue(fontNames(doc).stream().allMatch(n -> n.startsWith("NotoSans")), fontNames(doc).toString());
        }
    }

    @Test
    void aStyleMayShipItsOwnFontFamily(@org.junit.jupiter.api.io.TempDir Path work) throws Exception {
        Path dir = java.nio.file.Files.createDirectories(work.resolve("own-font"));
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("styles", "academic"))) {
            for (Path f : files.toList()) {
                java.nio.file.Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
        Path fonts = java.nio.file.Files.createDirectories(dir.resolve("fonts").resolve("house-sans"));
        for (String face : java.util.List.of("Regular", "Bold", "Italic", "BoldItalic")) {
            java.nio.file.Files.copy(Path.of("fonts", "noto-sans", face + ".ttf"), fonts.resolve(face + ".ttf"));
        }
        java.nio.file.Files.writeString(dir.resolve("style.yaml"),
                "name: own-font\ndescription: Ships a font.\ndefaults:\n  typography:\n    font_family: House Sans\n");
        Style style = new StyleCatalog(work).resolve("./own-font");
        try (PDDocument doc = Loader.loadPDF(renderer.pdf(TestCvs.everyEntryType(), style))) {
            assertTrue(fontNames(doc).stream().allMatch(n -> n.startsWith("NotoSans")), fontNames(doc).toString());
        }
        assertTrue(renderer.html(TestCvs.everyEntryType(), style).contains("font-family: \"House Sans\"; font-weight: 400"));
    }

    @Test
    void valuesThatAreNotPlainCssAreRefused() throws Exception {
        Map<Design, String> bad = new LinkedHashMap<>();
        bad.put(new Design(null, null, Design.Margins.DEFAULT, "red; } body { background: url(http://x/) ", null, null),
                "design: accent colour 'red; } body { background: url(http://x/)' is not usable here");
        bad.put(new Design(null, "a3", Design.Margins.DEFAULT, null, null, null),
                "design: page size 'a3' is not one of a4, a5, us-letter, us-legal");
        bad.put(new Design(null, null, new Design.Margins("2cm;x", null, null, null), null, null, null),
                "design: top margin '2cm;x' is not usable here");
        bad.put(new Design(null, null, Design.Margins.DEFAULT, null, null, "huge"),
                "design: font size 'huge' is not usable here");
        for (Map.Entry<Design, String> e : bad.entrySet()) {
            RenderException thrown = assertThrows(RenderException.class, () -> renderer.pdf(
                    TestCvs.document(TestCvs.cv("X", TestCvs.sections()), e.getKey()), academic()));
            assertEquals(e.getValue(), thrown.getMessage());
        }
    }

    @Test
    void customPropertiesAreWrittenInWithTheirFallbacks() {
        Map<String, String> vars = Map.of("--accent-color", "#123456");
        assertEquals("a { color: #123456; border-color: #123456; margin: 3pt; b: var(--unknown) }",
                StyleSheet.withDesign("a { color: var(--accent-color); border-color: var( --accent-color ); "
                        + "margin: var(--gap, 3pt); b: var(--unknown) }", vars, false));
        assertTrue(StyleSheet.withDesign("", vars, true).startsWith(":root { --accent-color: #123456; }"));
    }
}
