package cvpress.render;

import cvpress.model.CvDocument;
import cvpress.model.Entry;
import cvpress.model.EntryDetails;
import cvpress.model.Highlight;
import cvpress.model.Section;

import java.util.Locale;

/**
 * The limits of one document's render as it runs: a deadline checked while the typesetter breaks lines and
 * between stages, the page count checked after each layout, and, before any layout, a floor on the page count
 * (every section title, entry and highlight takes at least a line) that refuses a CV far too long to lay out.
 * One instance serves one render on one thread.
 */
final class RenderBudget {

    /** More lines than any style sets on one page, so that the floor never refuses a CV that would fit. */
    static final int MAX_LINES_PER_PAGE = 150;

    private final RenderLimits limits;
    private final long deadline;

    RenderBudget(RenderLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.timeout().toNanos();
    }

    /** Whether time is left. */
    boolean inTime() {
        return System.nanoTime() - deadline <= 0;
    }

    /** Throws when the time is up; called often, so it is cheap. */
    void checkTime() {
        if (!inTime()) {
            throw new Exceeded(String.format(Locale.ROOT,
                    "rendering took longer than the time limit of %s; raise it with --timeout",
                    seconds(limits.timeout().toMillis())));
        }
    }

    /** Throws when a layout has more pages than allowed. */
    void checkPages(int pages) {
        if (pages > limits.maxPages()) {
            throw new Exceeded(String.format(Locale.ROOT,
                    "the CV runs to %d pages, over the limit of %d; raise it with --max-pages", pages,
                    limits.maxPages()));
        }
    }

    /** Throws, before any layout, when the CV has too many lines for the page limit whatever the style. */
    void checkLength(CvDocument doc) {
        long lines = 0;
        for (Section section : doc.cv().sections()) {
            lines++;
            for (Entry entry : section.entries()) {
                lines += lines(entry);
            }
        }
        long pages = lines / MAX_LINES_PER_PAGE;
        if (pages > limits.maxPages()) {
            throw new Exceeded(String.format(Locale.ROOT,
                    "the CV takes at least %,d lines (one per section title, entry and highlight), so at least "
                            + "%,d pages, over the limit of %d; raise it with --max-pages", lines, pages,
                    limits.maxPages()));
        }
    }

    private static long lines(Entry entry) {
        EntryDetails details = entry instanceof Entry.Normal n ? n.details()
                : entry instanceof Entry.Experience e ? e.details()
                : entry instanceof Entry.Education d ? d.details() : null;
        long lines = 1;
        if (details != null) {
            for (Highlight h : details.highlights()) {
                lines += 1 + h.children().size();
            }
        }
        return lines;
    }

    private static String seconds(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** A limit was reached; the message says which and how to raise it. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message, null, false, false);
        }
    }
}
