package cvpress.importer;

import cvpress.model.Cv;
import cvpress.model.Entry;
import cvpress.model.EntryDate;
import cvpress.model.Section;
import java.util.ArrayList;
import java.util.List;

/** The facts a careful reader writes down about an imported CV, one line each, for comparison in tests. */
final class Facts {

    private Facts() {
    }

    /** Name, e-mail, and per section its title, type and entry count, then one line per entry. */
    static List<String> of(Cv cv) {
        List<String> out = new ArrayList<>();
        out.add("name: " + cv.name());
        out.add("email: " + String.join(", ", cv.emails()));
        for (Section s : cv.sections()) {
            out.add("section: " + s.title() + " (" + s.type().label() + ", " + s.entries().size() + ")");
            for (Entry e : s.entries()) {
                String line = entry(e);
                if (line != null) {
                    out.add("  " + line);
                }
            }
        }
        return out;
    }

    /** The section titles in order. */
    static List<String> titles(Cv cv) {
        return cv.sections().stream().map(Section::title).toList();
    }

    static String entry(Entry e) {
        if (e instanceof Entry.Education ed) {
            return ed.institution() + " | " + ed.degree() + " | " + ed.area() + " | " + date(ed.details().date());
        }
        if (e instanceof Entry.Experience x) {
            return x.company() + " | " + x.position() + " | " + date(x.details().date());
        }
        if (e instanceof Entry.Publication p) {
            return p.title() + " | " + String.join("; ", p.authors()) + " | " + date(p.date());
        }
        if (e instanceof Entry.Normal n) {
            return n.name() + " | " + date(n.details().date());
        }
        return null;
    }

    static String date(EntryDate d) {
        if (d instanceof EntryDate.Span s) {
            return s.start() + ".." + (s.end() == null ? "present" : s.end());
        }
        if (d instanceof EntryDate.On on) {
            return on.date().toString();
        }
        if (d instanceof EntryDate.Text t) {
            return t.text();
        }
        return "-";
    }
}
