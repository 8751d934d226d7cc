package cvpress.render;

import cvpress.model.CvDocument;
import cvpress.model.CvLoader;
import cvpress.model.LoadResult;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextWidthsTest {

    private static final TextWidths.Font<TextWidths.Face> SERIF_10 =
            new TextWidths.Font<>(List.of(new TextWidths.Face("CMU Serif", 400, "normal")), 10f);

    private final List<String> measured = new ArrayList<>();

    private int measure(String text) {
        measured.add(text);
        return text.length() * 7;
    }

    @Test
    void fontsAreEqualWhenEveryFaceAndTheSizeAre() {
        TextWidths.Font<TextWidths.Face> same = new TextWidths.Font<>(
                new ArrayList<>(List.of(new TextWidths.Face("CMU Serif", 400, "normal"))), 10f);
        assertEquals(SERIF_10, same);
        assertEquals(SERIF_10.hashCode(), same.hashCode());
        for (TextWidths.Font<TextWidths.Face> other : List.of(
                new TextWidths.Font<>(List.of(new TextWidths.Face("CMU Serif", 400, "normal")), 10.5f),
                new TextWidths.Font<>(List.of(new TextWidths.Face("CMU Sans", 400, "normal")), 10f),
                new TextWidths.Font<>(List.of(new TextWidths.Face("CMU Serif", 700, "normal")), 10f),
                new TextWidths.Font<>(List.of(new TextWidths.Face("CMU Serif", 400, "italic")), 10f),
                new TextWidths.Font<>(List.of(new TextWidths.Face("CMU Serif", 400, "normal"),
                        new TextWidths.Face("Noto Sans", 400, "normal")), 10f))) {
            assertTrue(!SERIF_10.equals(other) && !other.equals(SERIF_10), other::toString);
        }
        assertTrue(!SERIF_10.equals(null) && !SERIF_10.equals("CMU Serif"));
    }

    @Test
    void aTextIsMeasuredOncePerFont() {
        TextWidths widths = new TextWidths();
        Map<String, Integer> serif = widths.of(SERIF_10);
        assertEquals(35, widths.width(serif, "words", this::measure));
        assertEquals(35, widths.width(serif, "words", this::measure));
        assertEquals(35, widths.width(widths.of(SERIF_10), "words", this::measure));
        assertEquals(List.of("words"), measured);
    }

    @Test
    void fontsOfAnotherSizeFaceOrFallbackKeepTheirOwnWidths() {
        TextWidths widths = new TextWidths();
        TextWidths.Face serif = new TextWidths.Face("CMU Serif", 400, "normal");
        TextWidths.Face sans = new TextWidths.Face("Noto Sans", 400, "normal");
        List<TextWidths.Font<TextWidths.Face>> others = List.of(
                new TextWidths.Font<>(List.of(serif), 10.5f),
                new TextWidths.Font<>(List.of(new TextWidths.Face("CMU Serif", 700, "normal")), 10f),
                new TextWidths.Font<>(List.of(new TextWidths.Face("CMU Serif", 400, "italic")), 10f),
                new TextWidths.Font<>(List.of(serif, sans), 10f),
                new TextWidths.Font<>(List.of(sans), 10f));
        Map<String, Integer> first = widths.of(SERIF_10);
        widths.width(first, "words", this::measure);
        for (TextWidths.Font<TextWidths.Face> other : others) {
            assertNotSame(first, widths.of(other), other.toString());
            widths.width(widths.of(other), "words", this::measure);
        }
        assertEquals(1 + others.size(), measured.size());
        assertSame(first, widths.of(new TextWidths.Font<>(List.of(new TextWidths.Face("CMU Serif", 400, "normal")), 10f)));
    }

    @Test
    void whenFullItStartsAfresh() {
        TextWidths widths = new TextWidths();
        Map<String, Integer> serif = widths.of(SERIF_10);
        for (int i = 0; i < TextWidths.LIMIT; i++) {
            widths.width(serif, "text " + i, this::measure);
        }
        widths.width(serif, "text 0", this::measure);
        assertEquals(TextWidths.LIMIT, measured.size(), "a kept text is not measured again");
        widths.width(serif, "one more", this::measure);
        assertEquals(1, serif.size(), "the widths kept so far are dropped when the limit is passed");
        assertEquals(42, widths.width(serif, "text 1", this::measure));
        assertEquals("text 1", measured.get(measured.size() - 1));
    }

    /**
     * A renderer that has already typeset other CVs in a style (its widths kept) writes the same bytes as a new
     * one: a width taken from another document, font or size would move a line break.
     */
    @ParameterizedTest
    @ValueSource(strings = {"academic", "industry", "one-page"})
    void aWarmRendererWritesTheBytesOfANewOne(String styleName) throws Exception {
        Style style = new StyleCatalog(Path.of(".")).resolve(styleName);
        List<CvDocument> cvs = seeds();
        cvs.add(TestCvs.everyEntryType());
        Renderer warm = new Renderer();
        for (CvDocument cv : cvs) {
            warm.pdf(cv, style);
        }
        for (CvDocument cv : cvs) {
            assertArrayEquals(new Renderer().pdf(cv, style), warm.pdf(cv, style), cv.source().toString());
        }
    }

    private static List<CvDocument> seeds() throws IOException {
        CvLoader loader = new CvLoader(LocalDate.of(2026, 11, 2));
        List<CvDocument> cvs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                LoadResult loaded = loader.load(file);
                assertTrue(loaded.ok(), file.toString());
                cvs.add(loaded.document());
            }
        }
        return cvs;
    }
}
