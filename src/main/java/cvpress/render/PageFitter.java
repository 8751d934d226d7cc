package cvpress.render;

import cvpress.model.CvDocument;
import cvpress.model.Design;
import cvpress.model.Section;
import cvpress.style.Style;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fits a CV on a style's page count by steps, stopping at the first that fits: tighter spacing; a lower line
 * height; a smaller body font, down to a floor (binary search in quarter points); then condensing by degrees,
 * each keeping whole entries only: the longest sections lose their last entries one at a time, alternating with
 * fewer highlights per entry, then whole sections go in the style's order. Layouts are few: a step that cannot
 * fit by the most it could save is not laid out, and the degree of condensing to try next is guessed from a
 * rough measure of the content scaled by the last layout's fill.
 */
final class PageFitter {

    private static final double FONT_STEP = 0.25;
    private static final double LOWEST_FLOOR = 6;
    /** The most each step can shrink a layout: gaps are under 30 % of it and halve; lines shrink by 1.13/1.25. */
    private static final double SPACING_BOUND = 0.85;
    private static final double LINE_BOUND = 0.9;
    private static final double AIM = 0.985;
    private static final double CLEARLY_OVER = 1.03;
    private static final List<Integer> TRIM_TO = List.of(6, 4, 3, 2);
    private static final List<Integer> HIGHLIGHT_CAPS = List.of(4, 3, 2);

    /** Lays out a CV with the given settings without writing a PDF. */
    interface Layouter {
        Layout layout(CvDocument doc, FitSettings settings) throws RenderException;
    }

    /** A layout's page count and how many pages its content would fill ({@code 1.37}). */
    record Layout(int pages, double fill) {
    }

    /** The CV and settings to render with, and what was changed. */
    record Fitted(CvDocument doc, FitSettings settings, FitReport report) {
    }

    private PageFitter() {
    }

    /**
     * Fits {@code doc}; {@code fontSize} is the design's body font size.
     *
     * @throws RenderException when even the most condensed CV the author allows does not fit, saying by how much
     */
    static Fitted fit(CvDocument doc, Style.Fit fit, String fontSize, Layouter layouter) throws RenderException {
        Counting layouts = new Counting(layouter, fit.pages());
        double start = FitSettings.points(fontSize);
        if (Double.isNaN(start)) {
            throw new RenderException("design: font size '" + fontSize
                    + "' must be an absolute length (such as 10pt) in a style that fits the page count");
        }
        double floor = Math.min(start, floor(doc.design().fit(), fit));
        FitSettings settings = FitSettings.NORMAL;
        if (layouts.fits(doc, settings)) {
            return new Fitted(doc, settings, new FitReport(fit.pages(), false, false, false, start, List.of(),
                    layouts.count));
        }
        double over = layouts.last.fill() / fit.pages();
        settings = settings.tighterSpacing();
        double bound = SPACING_BOUND;
        if (over * bound <= 1 && layouts.fits(doc, settings)) {
            return done(doc, settings, start, fit.pages(), layouts, List.of());
        }
        settings = settings.lowerLineHeight();
        bound *= LINE_BOUND;
        if (over * bound <= 1 && layouts.fits(doc, settings)) {
            return done(doc, settings, start, fit.pages(), layouts, List.of());
        }
        int steps = (int) Math.floor((start - floor) / FONT_STEP + 1e-9);
        double size = start;
        if (steps > 0) {
            double lowest = start - steps * FONT_STEP;
            FitSettings atFloor = settings.withFontSize(lowest);
            double ratio = lowest / start;
            bound *= ratio * ratio;
            if (over * bound <= 1 && layouts.fits(doc, atFloor)) {
                int fitting = 0;
                int tooBig = steps;
                while (tooBig - fitting > 1) {
                    int mid = (fitting + tooBig) / 2;
                    if (layouts.fits(doc, settings.withFontSize(lowest + mid * FONT_STEP))) {
                        fitting = mid;
                    } else {
                        tooBig = mid;
                    }
                }
                size = lowest + fitting * FONT_STEP;
                return done(doc, settings.withFontSize(size), size, fit.pages(), layouts, List.of());
            }
            settings = atFloor;
            size = lowest;
        }
        return condense(doc, fit, settings, size, layouts, over * bound);
    }

    /** Finds the least degree of condensing that fits, guessing each next try from the content's weight. */
    private static Fitted condense(CvDocument doc, Style.Fit fit, FitSettings settings, double size,
                                   Counting layouts, double predictedFill) throws RenderException {
        int pages = fit.pages();
        List<Condensing> degrees = degrees(doc, fit, doc.design().fit());
        int n = degrees.size();
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = ContentWeight.of(degrees.get(i).apply(doc).doc());
        }
        double full = ContentWeight.of(doc);
        boolean measured = settings.equals(layouts.lastSettings);
        double perWeight = (measured ? layouts.last.fill() : predictedFill * pages) / full;
        Layout atMost = measured ? layouts.last : null;
        int notFitting = -1;
        int fitting = n;
        while (fitting - notFitting > 1) {
            int next = fitting - 1;
            for (int i = notFitting + 1; i < fitting; i++) {
                if (perWeight * weights[i] <= pages * AIM) {
                    next = i;
                    break;
                }
            }
            boolean fits = layouts.fits(degrees.get(next).apply(doc).doc(), settings);
            perWeight = layouts.last.fill() / weights[next];
            if (fits) {
                fitting = next;
                if (next - 1 == notFitting || perWeight * weights[next - 1] > pages * CLEARLY_OVER) {
                    break;
                }
            } else {
                notFitting = next;
                atMost = layouts.last;
            }
        }
        if (fitting == n) {
            throw new RenderException(tooLong(pages, atMost, size, doc.design().fit()));
        }
        Condensing.Condensed condensed = degrees.get(fitting).apply(doc);
        return done(condensed.doc(), settings, size, pages, layouts, condensed.leftOut());
    }

    private static Fitted done(CvDocument doc, FitSettings settings, double size, int pages, Counting layouts,
                               List<String> leftOut) {
        FitReport report = new FitReport(pages, true, settings.spacing() < 1,
                settings.lineHeight() < FitSettings.NORMAL.lineHeight(), size, leftOut, layouts.count);
        return new Fitted(doc, settings, report);
    }

    private static double floor(Design.Fit author, Style.Fit style) throws RenderException {
        String floor = author.minFontSize() != null ? author.minFontSize() : style.minFontSize();
        double points = FitSettings.points(floor);
        if (Double.isNaN(points) || points < LOWEST_FLOOR) {
            throw new RenderException("design.fit.min_font_size: '" + floor
                    + "' must be an absolute length of at least " + FitSettings.number(LOWEST_FLOOR) + "pt");
        }
        return points;
    }

    private static String tooLong(int pages, Layout atMost, double size, Design.Fit author) {
        double fill = atMost == null ? Double.NaN : atMost.fill();
        List<String> relax = new ArrayList<>();
        if (!author.keepSections().isEmpty()) {
            relax.add("design.fit.keep_sections (" + String.join(", ", author.keepSections()) + ")");
        }
        if (author.maxEntries() != null) {
            relax.add("design.fit.max_entries (" + author.maxEntries() + ")");
        }
        relax.add("design.fit.min_font_size (" + FitSettings.number(size) + "pt)");
        relax.add("the margins");
        String much = Double.isNaN(fill) ? "still too long"
                : String.format(Locale.ROOT, "still %.2f pages long, %d%% too long", fill,
                        Math.round(Math.max(0, fill / pages - 1) * 100));
        return "does not fit on " + pages + " page" + (pages == 1 ? "" : "s") + ": condensed as far as allowed, at "
                + FitSettings.number(size) + " pt, it is " + much + "; relax " + String.join(", ", relax)
                + ", or shorten the CV";
    }

    /**
     * The degrees of condensing, each cutting what the one before cut and more: the section with the most entries
     * loses its last one until none has more than 6; at most 4 highlights an entry; the sections the style drops
     * first go, one by one; then sections down to 4 entries, 3 highlights, 3 entries, 2 highlights, 2 entries (the
     * author's entry cap replaces this trimming when given); then the other sections from the last up, never those
     * that must stay.
     */
    static List<Condensing> degrees(CvDocument doc, Style.Fit fit, Design.Fit author) throws RenderException {
        List<Section> sections = doc.cv().sections();
        Set<String> keep = kept(sections, fit, author);
        List<String> dropFirst = dropFirst(sections, fit, keep);
        List<String> dropOrder = new ArrayList<>(dropFirst);
        for (int i = sections.size() - 1; i >= 0; i--) {
            String title = sections.get(i).title();
            if (!keep.contains(title) && !dropOrder.contains(title)) {
                dropOrder.add(title);
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        sections.forEach(s -> counts.put(s.title(), s.entries().size()));
        List<Condensing> degrees = new ArrayList<>();
        Set<String> dropped = new LinkedHashSet<>();
        boolean trimming = author.maxEntries() == null;
        if (!trimming) {
            counts.replaceAll((title, count) -> Math.min(count, author.maxEntries()));
            addIfCutting(degrees, new Condensing(counts, null, dropped), doc);
        }
        Integer highlightCap = null;
        for (int phase = 0; phase < TRIM_TO.size(); phase++) {
            if (trimming) {
                trim(degrees, counts, TRIM_TO.get(phase), highlightCap, dropped, dropOrder, doc);
            }
            if (phase < HIGHLIGHT_CAPS.size()) {
                highlightCap = HIGHLIGHT_CAPS.get(phase);
                addIfCutting(degrees, new Condensing(counts, highlightCap, dropped), doc);
            }
            if (phase == 0) {
                for (String title : dropFirst) {
                    dropped.add(title);
                    counts.remove(title);
                    degrees.add(new Condensing(counts, highlightCap, dropped));
                }
            }
        }
        for (String title : dropOrder) {
            if (dropped.add(title)) {
                degrees.add(new Condensing(counts, highlightCap, dropped));
            }
        }
        return degrees;
    }

    /** One degree per entry taken from the section with the most, until none has more than {@code most}. */
    private static void trim(List<Condensing> degrees, Map<String, Integer> counts, int most, Integer highlightCap,
                             Set<String> dropped, List<String> dropOrder, CvDocument doc) {
        Comparator<String> longestFirst = Comparator.<String>comparingInt(counts::get).reversed()
                .thenComparingInt(title -> rank(dropOrder, title));
        while (true) {
            String longest = counts.keySet().stream().min(longestFirst).orElse(null);
            if (longest == null || counts.get(longest) <= most) {
                return;
            }
            counts.put(longest, counts.get(longest) - 1);
            addIfCutting(degrees, new Condensing(counts, highlightCap, dropped), doc);
        }
    }

    private static int rank(List<String> dropOrder, String title) {
        int i = dropOrder.indexOf(title);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static void addIfCutting(List<Condensing> degrees, Condensing degree, CvDocument doc) {
        List<String> before = degrees.isEmpty() ? List.of() : degrees.get(degrees.size() - 1).apply(doc).leftOut();
        if (!degree.apply(doc).leftOut().equals(before)) {
            degrees.add(degree);
        }
    }

    /**
     * The sections that stay: those the author names, else those whose titles hold a word the style keeps (else
     * the first section, so that a CV never loses all of them).
     */
    private static Set<String> kept(List<Section> sections, Style.Fit fit, Design.Fit author) throws RenderException {
        Set<String> keep = new LinkedHashSet<>();
        if (!author.keepSections().isEmpty()) {
            for (String wanted : author.keepSections()) {
                List<String> titles = sections.stream().map(Section::title).toList();
                String title = titles.stream().filter(t -> t.equalsIgnoreCase(wanted.strip())).findFirst()
                        .orElseThrow(() -> new RenderException("design.fit.keep_sections: no section titled '"
                                + wanted + "' (sections: " + String.join(", ", titles) + ")"));
                keep.add(title);
            }
            return keep;
        }
        for (Section section : sections) {
            if (fit.keep().stream().anyMatch(word -> mentions(section.title(), word))) {
                keep.add(section.title());
            }
        }
        if (keep.isEmpty() && !sections.isEmpty()) {
            keep.add(sections.get(0).title());
        }
        return keep;
    }

    /** The sections the style drops first, in the order of its words (the last such section first). */
    private static List<String> dropFirst(List<Section> sections, Style.Fit fit, Set<String> keep) {
        Set<String> order = new LinkedHashSet<>();
        for (String word : fit.dropFirst()) {
            for (int i = sections.size() - 1; i >= 0; i--) {
                String title = sections.get(i).title();
                if (!keep.contains(title) && mentions(title, word)) {
                    order.add(title);
                }
            }
        }
        return new ArrayList<>(order);
    }

    private static boolean mentions(String title, String word) {
        return title.toLowerCase(Locale.ROOT).replace('_', ' ').contains(word.toLowerCase(Locale.ROOT));
    }

    /** Counts layouts and remembers the last one and its settings. */
    private static final class Counting {
        private final Layouter layouter;
        private final int pages;
        private int count;
        private Layout last;
        private FitSettings lastSettings;

        Counting(Layouter layouter, int pages) {
            this.layouter = layouter;
            this.pages = pages;
        }

        boolean fits(CvDocument doc, FitSettings settings) throws RenderException {
            count++;
            last = layouter.layout(doc, settings);
            lastSettings = settings;
            return last.pages() <= pages;
        }
    }
}
