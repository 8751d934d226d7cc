package cvpress.model;

import java.util.List;
import java.util.Objects;

/**
 * The {@code design} block: the style to use and the author's overrides of its defaults.
 * Every field is null when the record leaves it to the style.
 *
 * @param style      a built-in style name or a style directory
 * @param pageSize   {@code a4} or {@code us-letter}
 * @param margins    page margins as CSS lengths
 * @param accentColor a CSS colour such as {@code #004f90}
 * @param fontFamily a bundled font family name
 * @param fontSize   body font size as a CSS length such as {@code 10pt}
 * @param fit        how a style that fits the CV to a page count (one-page) may condense it
 */
public record Design(String style, String pageSize, Margins margins, String accentColor, String fontFamily,
                     String fontSize, Fit fit) {

    /** A design without fitting constraints. */
    public Design(String style, String pageSize, Margins margins, String accentColor, String fontFamily,
                  String fontSize) {
        this(style, pageSize, margins, accentColor, fontFamily, fontSize, Fit.DEFAULT);
    }

    public Design {
        fit = fit == null ? Fit.DEFAULT : fit;
    }

    /** Page margins as CSS lengths; null where the style decides. */
    public record Margins(String top, String bottom, String left, String right) {
        public static final Margins DEFAULT = new Margins(null, null, null, null);
    }

    /**
     * The author's limits on fitting ({@code design.fit}): sections that must stay, at most this many entries in
     * any section, and the smallest body font size; null where the style decides.
     */
    public record Fit(List<String> keepSections, Integer maxEntries, String minFontSize) {
        public static final Fit DEFAULT = new Fit(List.of(), null, null);

        public Fit {
            keepSections = keepSections == null ? List.of() : List.copyOf(keepSections);
        }

        // equals and hashCode are written out: a record's generated ones are bootstrapped on first call, some
        // milliseconds of every cold render, which compares the CV's fit with the default.
        @Override
        public boolean equals(Object o) {
            return o instanceof Fit f && keepSections.equals(f.keepSections)
                    && Objects.equals(maxEntries, f.maxEntries)
                    && Objects.equals(minFontSize, f.minFontSize);
        }

        @Override
        public int hashCode() {
            return Objects.hash(keepSections, maxEntries, minFontSize);
        }
    }

    public static final Design DEFAULT = new Design(null, null, Margins.DEFAULT, null, null, null);
}
