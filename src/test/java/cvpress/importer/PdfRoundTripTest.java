package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cvpress.model.Cv;
import cvpress.model.CvLoader;
import cvpress.model.Entry;
import cvpress.model.EntryDate;
import cvpress.model.LoadResult;
import cvpress.model.Section;
import cvpress.render.Renderer;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Importing a PDF that cvpress rendered gives back the record it came from: name, contact, section titles,
 * entry types and counts, and every entry's dates. Held for the academic style; {@code -Dcvpress.roundtrip.style=}
 * tries another.
 */
class PdfRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"peking-math-undergrad-markdown", "peking-math-undergrad-plain", "uw-systems-phd",
        "osu-postdoc-distributed-ml", "rochester-phd-ml-engineer"})
    void renderedSeedImportsBackIntoTheSameShape(String seed) throws Exception {
        roundTrip(seed, System.getProperty("cvpress.roundtrip.style", "academic"));
    }

    private static void roundTrip(String seed, String styleName) throws Exception {
        LoadResult loaded = new CvLoader(LocalDate.of(2026, 1, 1)).load(Path.of("seeds", seed + ".yaml"));
        Style style = new StyleCatalog(Path.of("").toAbsolutePath()).resolve(styleName);
        byte[] pdf = new Renderer().pdf(loaded.document(), style);
        Cv back = new CvImporter().importPdf(seed + ".pdf", pdf, null).cv();
        assertEquals(String.join("\n", shape(loaded.document().cv())), String.join("\n", shape(back)));
    }

    /** Name, contact and, per section, its title, type and entries' dates. */
    static List<String> shape(Cv cv) {
        List<String> out = new ArrayList<>();
        out.add("name: " + cv.name());
        out.add("email: " + cv.emails());
        out.add("phone: " + cv.phones().stream().map(p -> p.replaceAll("\\D", "")).toList());
        out.add("website: " + cv.websites().stream().map(w -> w.replaceFirst("/$", "")).toList());
        for (Section s : cv.sections()) {
            out.add("section: " + s.title() + " (" + s.type().label() + ", " + s.entries().size() + ")");
            for (Entry e : s.entries()) {
                out.add("  " + Facts.date(date(e)));
            }
        }
        return out;
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
