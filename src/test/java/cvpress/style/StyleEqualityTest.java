package cvpress.style;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Styles and bundled style sources, whose equals and hashCode are written out, compare by every component. */
class StyleEqualityTest {

    private static final Style.Fit FIT = new Style.Fit(1, "8pt", List.of("Talks"), List.of("Education"));

    private static Style style(String name, String description, StyleSource source, Map<String, String> defaults,
                               List<String> honours, Style.Fit fit) {
        return new Style(name, description, source, defaults, honours, fit);
    }

    @Test
    void stylesAreEqualWhenEveryComponentIs() {
        StyleSource bundled = new StyleSource.Bundled("one-page");
        Style style = style("one-page", "Dense", bundled, Map.of("page.size", "a4"), List.of("page.size"), FIT);
        Style same = style("one-page", "Dense", new StyleSource.Bundled("one-page"), Map.of("page.size", "a4"),
                List.of("page.size"), new Style.Fit(1, "8pt", List.of("Talks"), List.of("Education")));
        assertEquals(same, style);
        assertEquals(same.hashCode(), style.hashCode());
        assertNotEquals(style("academic", "Dense", bundled, Map.of("page.size", "a4"), List.of("page.size"), FIT),
                style);
        assertNotEquals(style("one-page", "Sparse", bundled, Map.of("page.size", "a4"), List.of("page.size"), FIT),
                style);
        assertNotEquals(style("one-page", null, bundled, Map.of("page.size", "a4"), List.of("page.size"), FIT),
                style);
        assertNotEquals(style("one-page", "Dense", new StyleSource.Bundled("academic"), Map.of("page.size", "a4"),
                List.of("page.size"), FIT), style);
        assertNotEquals(style("one-page", "Dense", new StyleSource.Directory(Path.of("styles/one-page")),
                Map.of("page.size", "a4"), List.of("page.size"), FIT), style);
        assertNotEquals(style("one-page", "Dense", bundled, Map.of("page.size", "us-letter"), List.of("page.size"),
                FIT), style);
        assertNotEquals(style("one-page", "Dense", bundled, Map.of("page.size", "a4"), List.of(), FIT), style);
        assertNotEquals(style("one-page", "Dense", bundled, Map.of("page.size", "a4"), List.of("page.size"), null),
                style);
        assertNotEquals(style, null);
    }

    @Test
    void bundledSourcesAreEqualWhenTheirNamesAre() {
        assertEquals(new StyleSource.Bundled("academic"), new StyleSource.Bundled("academic"));
        assertEquals(new StyleSource.Bundled("academic").hashCode(), new StyleSource.Bundled("academic").hashCode());
        assertNotEquals(new StyleSource.Bundled("academic"), new StyleSource.Bundled("industry"));
        assertNotEquals(new StyleSource.Bundled("academic"), new StyleSource.Directory(Path.of("academic")));
    }
}
