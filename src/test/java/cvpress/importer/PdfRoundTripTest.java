package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cvpress.model.Cv;
import cvpress.model.CvLoader;
import cvpress.model.Entry;
import cvpress.model.EntryDate;
import cvpress.model.LoadResult;
import cvpress.model.Section;
import cvpress.render.FitReport;
import cvpress.render.Renderer;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Importing a PDF that cvpress rendered gives back the record it came from: name, contact, section titles,
 * entry types and counts, and every entry's dates, for every built-in style and every seed and test CV. For a
 * style that condenses (one-page), the record it is held to is what the fit report says the PDF shows.
 */
class PdfRoundTripTest {

    private static final Pattern ENTRIES_LEFT_OUT = Pattern.compile("(\\d+) of (\\d+) (.+)");
    private static final Pattern SECTIONS_LEFT_OUT = Pattern.compile("\\d+ sections?: (.+)");

    private final Renderer renderer = new Renderer();

    static Stream<Arguments> styleAndCv() throws IOException {
        List<Path> cvs = new ArrayList<>();
        for (String dir : List.of("seeds", "src/test/resources/rendercv", "src/test/resources/cvs")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(cvs::add);
            }
        }
        List<String> styles = Files.readAllLines(Path.of("styles", "builtins.txt")).stream()
                .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        assertEquals(List.of("academic", "industry", "one-page"), styles);
        return styles.stream().flatMap(style -> cvs.stream().map(cv -> Arguments.of(style, cv)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("styleAndCv")
    void renderedCvImportsBackIntoTheSameShape(String styleName, Path file) throws Exception {
        Shapes shapes = shapes(styleName, file);
        assertEquals(shapes.expected(), shapes.imported());
    }

    /** The record's shape as the PDF shows it, and the shape imported from the PDF. */
    private record Shapes(String expected, String imported) {
    }

    private Shapes shapes(String styleName, Path file) throws Exception {
        LoadResult loaded = new CvLoader(LocalDate.of(2026, 1, 1)).load(file);
        Style style = new StyleCatalog(Path.of("").toAbsolutePath()).resolve(styleName);
        Renderer.Rendered rendered = renderer.render(loaded.document(), style, true, false);
        Cv back = new CvImporter().importPdf(file.getFileName() + ".pdf", rendered.pdf(), null).cv();
        List<String> leftOut = rendered.fit().map(FitReport::leftOut).orElse(List.of());
        Map<String, Integer> kept = kept(leftOut);
        Cv shown = shown(loaded.document().cv(), leftOut);
        List<String> expected = new ArrayList<>(shape(shown, kept));
        List<String> imported = new ArrayList<>(shape(back, kept));
        for (String title : kept.keySet()) {
            List<String> left = new ArrayList<>(dates(shown, title));
            for (String date : dates(back, title)) {
                if (!left.remove(date)) {
                    imported.add(title + ": " + date + " is not the date of an entry of the record");
                }
            }
        }
        return new Shapes(String.join("\n", expected), String.join("\n", imported));
    }

    /** The record as the PDF shows it: without the sections the fit report says it left out. */
    private static Cv shown(Cv cv, List<String> leftOut) {
        List<String> dropped = new ArrayList<>();
        for (String phrase : leftOut) {
            Matcher m = SECTIONS_LEFT_OUT.matcher(phrase);
            if (m.matches()) {
                dropped.addAll(List.of(m.group(1).split(", ")));
            }
        }
        return new Cv(cv.name(), cv.headline(), cv.location(), cv.emails(), cv.phones(), cv.websites(), cv.photo(),
                cv.socialNetworks(), cv.customConnections(),
                cv.sections().stream().filter(s -> !dropped.contains(s.title())).toList());
    }

    /**
     * Name, headline, location, contact and, per section, its title, type and entries' dates; a section the fit
     * report says lost entries ("2 of 5 Talks") shows the count it keeps and no dates, so that the same shape comes
     * from the full record and from the PDF.
     */
    private static List<String> shape(Cv cv, Map<String, Integer> kept) {
        List<String> out = new ArrayList<>();
        out.add("name: " + cv.name());
        out.add("email: " + cv.emails());
        out.add("phone: " + cv.phones().stream().map(p -> p.replaceAll("\\D", "")).toList());
        out.add("website: " + cv.websites().stream().map(w -> w.replaceFirst("/$", "")).toList());
        // a style may order the header's links its own way, so networks compare in the order of their names
        out.add("networks: " + cv.socialNetworks().stream().map(n -> n.network() + " " + n.username()).sorted()
                .toList());
        out.add("location: " + cv.location());
        // a style that sets the whole headline in italic hides the emphasis inside it
        out.add("headline: " + (cv.headline() == null ? null : cv.headline().replace("*", "")));
        out.add("links: " + cv.customConnections());
        for (Section s : cv.sections()) {
            out.add("section: " + s.title() + " (" + s.type().label() + ", "
                    + kept.getOrDefault(s.title(), s.entries().size()) + ")");
            if (!kept.containsKey(s.title())) {
                s.entries().forEach(e -> out.add("  " + Facts.date(date(e))));
            }
        }
        return out;
    }

    /** Per section that the fit report says lost entries ("2 of 5 Talks"), how many it keeps. */
    private static Map<String, Integer> kept(List<String> leftOut) {
        Map<String, Integer> kept = new HashMap<>();
        for (String phrase : leftOut) {
            Matcher m = ENTRIES_LEFT_OUT.matcher(phrase);
            if (m.matches()) {
                kept.put(m.group(3), Integer.parseInt(m.group(2)) - Integer.parseInt(m.group(1)));
            }
        }
        return kept;
    }

    /** The entries' dates of the titled section, in order. */
    private static List<String> dates(Cv cv, String title) {
        return cv.sections().stream().filter(s -> s.title().equals(title)).flatMap(s -> s.entries().stream())
                .map(e -> Facts.date(date(e))).toList();
    }

    private static EntryDate date(Entry e) {
        if (e instanceof Entry.Normal n) {
            return n.details().date();
        }
        if (e instanceof Entry.Experience x) {
            return x.details().date();
        }
        if (e instanceof Entry.Education ed) {
            return ed.details().date();
        }
        if (e instanceof Entry.Publication p) {
            return p.date();
        }
        return EntryDate.NONE;
    }
}
