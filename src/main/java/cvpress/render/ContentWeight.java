package cvpress.render;

import cvpress.model.CvDocument;
import cvpress.model.Entry;
import cvpress.model.EntryDetails;
import cvpress.model.Highlight;
import cvpress.model.Section;

/**
 * A rough measure of how much room a CV takes, in lines of about a hundred characters: it only has to grow and
 * shrink with the content, because the fitter scales it by the fill of a real layout to guess which degree of
 * condensing to lay out next.
 */
final class ContentWeight {

    private static final double CHARS_PER_LINE = 100;
    private static final double HEADER = 3;
    private static final double SECTION = 1.8;
    private static final double ENTRY_GAP = 0.4;

    private ContentWeight() {
    }

    static double of(CvDocument doc) {
        double lines = HEADER;
        for (Section section : doc.cv().sections()) {
            lines += SECTION;
            for (Entry entry : section.entries()) {
                lines += of(entry);
            }
        }
        return lines;
    }

    private static double of(Entry entry) {
        if (entry instanceof Entry.Text t) {
            return lines(t.text());
        }
        if (entry instanceof Entry.Bullet b) {
            return lines(b.bullet());
        }
        if (entry instanceof Entry.OneLine o) {
            return lines(o.label() + ": " + o.details());
        }
        if (entry instanceof Entry.Numbered n) {
            return lines(n.number());
        }
        if (entry instanceof Entry.ReversedNumbered r) {
            return lines(r.reversedNumber());
        }
        if (entry instanceof Entry.Publication p) {
            return 1 + lines(String.join(", ", p.authors()) + " " + (p.journal() == null ? "" : p.journal())
                    + " " + (p.doi() == null ? "" : p.doi())) + lines(p.summary()) + ENTRY_GAP;
        }
        if (entry instanceof Entry.Normal n) {
            return 1 + details(n.details());
        }
        if (entry instanceof Entry.Experience e) {
            return 1 + details(e.details());
        }
        if (entry instanceof Entry.Education e) {
            return 1 + details(e.details());
        }
        return 1;
    }

    private static double details(EntryDetails details) {
        double lines = lines(details.summary()) + ENTRY_GAP;
        for (Highlight h : details.highlights()) {
            lines += lines(h.text());
            for (String child : h.children()) {
                lines += lines(child);
            }
        }
        return lines;
    }

    private static double lines(String text) {
        return text == null || text.isBlank() ? 0 : Math.ceil(text.length() / CHARS_PER_LINE);
    }
}
