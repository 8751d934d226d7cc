package cvpress.cli;

import static cvpress.cli.CliTest.cvpress;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cvpress.render.TextLayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --style all} and comma-separated styles: one JVM, every file in every style, no name collisions. */
class RenderStylesTest {

    static final List<String> BUILT_INS = List.of("academic", "industry", "one-page");

    @TempDir
    Path dir;

    static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void styleAllRendersEverySeedInEveryBuiltInStyle() throws IOException {
        List<Path> seeds = seeds();
        assertTrue(seeds.size() >= 5, "seeds: " + seeds);
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("render", "--style", "all", "-o", out.toString()));
        seeds.forEach(s -> args.add(s.toString()));
        CliTest.Run r = cvpress(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        List<String> expected = new ArrayList<>();
        for (Path seed : seeds) {
            for (String style : BUILT_INS) {
                expected.add(OutputNames.baseName(seed) + "-" + style + ".pdf");
            }
        }
        expected.sort(null);
        assertEquals(expected, names(out));
        assertTrue(r.err().contains("cvpress: rendered " + seeds.size() + " files (" + expected.size() + " outputs)"),
                r.err());
        for (Path seed : seeds) {
            String base = OutputNames.baseName(seed);
            byte[] academic = Files.readAllBytes(out.resolve(base + "-academic.pdf"));
            byte[] onePage = Files.readAllBytes(out.resolve(base + "-one-page.pdf"));
            assertFalse(java.util.Arrays.equals(academic, onePage), base);
            try (PDDocument doc = Loader.loadPDF(onePage)) {
                assertEquals(1, doc.getNumberOfPages(), base + " in one-page");
            }
            try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out.resolve(base + "-industry.pdf")))) {
                assertFalse(TextLayer.extract(doc).isBlank(), base + " in industry");
            }
        }
    }

    @Test
    void commaSeparatedStylesRenderEachAndASingleStyleKeepsTodaysNames() throws IOException {
        Path cv = Files.writeString(dir.resolve("jane.yaml"), CliTest.GOOD);
        Path two = dir.resolve("two");
        CliTest.Run r = cvpress("render", "--style", "industry,one-page", "-f", "pdf,html", "-o", two.toString(),
                cv.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("jane-industry.html", "jane-industry.pdf", "jane-one-page.html", "jane-one-page.pdf"),
                names(two));
        Path one = dir.resolve("one");
        CliTest.Run single = cvpress("render", "--style", "industry", "-o", one.toString(), cv.toString());
        assertEquals(0, single.code(), single.err());
        assertEquals(List.of("jane-industry.pdf"), names(one));
        assertArrayEquals(Files.readAllBytes(two.resolve("jane-industry.pdf")),
                Files.readAllBytes(one.resolve("jane-industry.pdf")));
    }

    @Test
    void aStyleGivenTwiceOrUnknownIsAUsageError() throws IOException {
        Path cv = Files.writeString(dir.resolve("cv.yaml"), CliTest.GOOD);
        Path out = dir.resolve("out");
        CliTest.Run twice = cvpress("render", "--style", "academic,academic", "-o", out.toString(), cv.toString());
        assertEquals(2, twice.code());
        assertTrue(twice.err().startsWith("cvpress: style 'academic' is given twice"), twice.err());
        CliTest.Run unknown = cvpress("render", "--style", "academic,fancy", "-o", out.toString(), cv.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("cvpress: unknown style 'fancy'"), unknown.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aStyleThatFailsDoesNotStopTheOthersAndIsNamed() throws IOException {
        Path cv = Files.writeString(dir.resolve("long.yaml"), CliTest.longCv("  fit:\n    keep_sections: "
                + "[Experience]\n    max_entries: 40\n"));
        Path out = dir.resolve("out");
        CliTest.Run r = cvpress("render", "--style", "academic,one-page", "-o", out.toString(), cv.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains(cv + ": error: one-page: does not fit on 1 page"), r.err());
        assertTrue(r.err().contains("cvpress: 1 of 1 files failed; 1 output written"), r.err());
        assertEquals(List.of("long-academic.pdf"), names(out));
    }
}
