package cvpress.model;

import org.junit.jupiter.api.Test;

import static cvpress.model.Loading.expect;
import static cvpress.model.Loading.expectOnly;
import static cvpress.model.Loading.load;
import static cvpress.model.Loading.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The design block: cvpress keys fill {@link Design}; RenderCV keys warn; other keys are errors. */
class DesignTest {

    private static String withDesign(String design) {
        return "cv:\n  name: Ada\ndesign:\n" + design.stripTrailing().indent(2);
    }

    @Test
    void cvpressKeysFillTheDesign() {
        Design d = ok(withDesign("""
                style: industry
                page:
                  size: letter
                  top_margin: 2cm
                  bottom_margin: 0.5 in
                  left_margin: 18mm
                  right_margin: 0
                colors:
                  accent: '#004f90'
                typography:
                  font_family: Source Serif 4
                  font_size:
                    body: 10.5pt
                """)).design();
        assertEquals(new Design("industry", "us-letter", new Design.Margins("2cm", "0.5in", "18mm", "0"), "#004f90",
                "Source Serif 4", "10.5pt"), d);
    }

    @Test
    void renderCvThemeMapsToAStyleUnlessAStyleIsGiven() {
        assertEquals("academic", ok(withDesign("theme: moderncv")).design().style());
        assertEquals("industry", ok(withDesign("theme: classic")).design().style());
        assertEquals("industry", ok(withDesign("theme: engineeringresumes")).design().style());
        assertEquals("one-page", ok(withDesign("theme: classic\nstyle: one-page")).design().style());
        LoadResult custom = load(withDesign("theme: mytheme"));
        expectOnly(custom, "cv.yaml:4:10: warning: design.theme: ", "unknown RenderCV theme 'mytheme'");
        assertEquals("industry", custom.document().design().style());
        assertEquals(Design.DEFAULT, ok("cv:\n  name: Ada\n").design());
    }

    @Test
    void renderCvKeysAreIgnoredWithAWarningThatNamesThem() {
        LoadResult r = load(withDesign("""
                theme: classic
                typography:
                  line_spacing: 0.6em
                  font_family:
                    body: Source Sans 3
                    name: Source Sans 3
                header:
                  connections:
                    show_icons: true
                disable_page_numbering: true
                margins:
                  page:
                    top: 2cm
                """));
        expect(r, "cv.yaml:6:5: warning: design.typography.line_spacing: ",
                "a RenderCV option cvpress ignores");
        expect(r, "cv.yaml:9:7: warning: design.typography.font_family.name: ", "RenderCV option");
        expect(r, "cv.yaml:12:7: warning: design.header.connections.show_icons: ", "RenderCV option");
        expect(r, "cv.yaml:13:3: warning: design.disable_page_numbering: ", "RenderCV option");
        expect(r, "cv.yaml:16:7: warning: design.margins.page.top: ", "RenderCV option");
        assertEquals(5, r.diagnostics().size(), () -> Loading.formatted(r));
        assertTrue(r.ok());
        assertEquals("Source Sans 3", r.document().design().fontFamily());
    }

    @Test
    void keysInNeitherVocabularyAreErrorsWithADidYouMean() {
        LoadResult r = load(withDesign("""
                stlye: academic
                page:
                  szie: a4
                typography:
                  line_spaicng: 1em
                sparkles: true
                """));
        expect(r, "cv.yaml:4:3: error: design.stlye: ", "unknown key 'stlye'; did you mean 'style'?");
        expect(r, "cv.yaml:6:5: error: design.page.szie: ", "did you mean 'size'?");
        expect(r, "cv.yaml:8:5: error: design.typography.line_spaicng: ", "did you mean 'line_spacing'?");
        expect(r, "cv.yaml:9:3: error: design.sparkles: ", "unknown key 'sparkles' (allowed: style, theme, color, "
                + "font, font_size, page, colors, typography, templates, primary_color, fit or RenderCV's design keys)");
        assertEquals(4, r.diagnostics().size(), () -> Loading.formatted(r));
    }

    @Test
    void badValuesAreErrors() {
        LoadResult r = load(withDesign("""
                page:
                  size: a5
                  top_margin: 2 furlongs
                colors:
                  accent: blue
                typography:
                  font_size:
                    body: 11
                """));
        expect(r, "cv.yaml:5:11: error: design.page.size: ", "page size 'a5' is not supported; use a4 or us-letter");
        expect(r, "cv.yaml:6:17: error: design.page.top_margin: ", "\"2 furlongs\" is not a length");
        expect(r, "cv.yaml:8:13: error: design.colors.accent: ", "\"blue\" is not a colour (use #rrggbb");
        expect(r, "cv.yaml:11:13: error: design.typography.font_size.body: ", "\"11\" is not a length");
        assertEquals(4, r.diagnostics().size(), () -> Loading.formatted(r));
        expectOnly(load(withDesign("colors:\n  accent: rgb(300, 0, 0)")), "cv.yaml:5:13: error: design.colors.accent: ",
                "go from 0 to 255");
        expectOnly(load(withDesign("page: a4")), "cv.yaml:4:9: error: design.page: ", "expected a mapping");
    }

    @Test
    void renderCvOneColourAndFontSizeAreRead() {
        Design d = ok(withDesign("color: rgb(0, 79, 144)\nfont_size: 10pt\nfont: Latin Modern Serif")).design();
        assertEquals("rgb(0, 79, 144)", d.accentColor());
        assertEquals("10pt", d.fontSize());
        assertEquals("Latin Modern Serif", d.fontFamily());
    }

    @Test
    void renderCvDateTemplatesSetTheLocale() {
        CvLocale locale = ok(withDesign("""
                templates:
                  single_date: MONTH_NAME YEAR
                  date_range: START_DATE to END_DATE
                  footer: x
                """)).locale();
        assertEquals("MONTH_NAME YEAR", locale.singleDate());
        assertEquals("START_DATE to END_DATE", locale.dateRange());
    }
}
