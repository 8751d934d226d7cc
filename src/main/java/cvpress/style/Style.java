package cvpress.style;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A resolved style: its name, one-line description, where its files are read from, its default design values
 * keyed by the dotted paths of the CV's {@code design} block ({@link #DESIGN_KEYS}), the design options it
 * honours, and, for a style that fits every CV to a number of pages, how it may condense one ({@code fit}, null
 * otherwise).
 */
public record Style(String name, String description, StyleSource source, Map<String, String> defaults,
                    List<String> honours, Fit fit) {

    /** The design keys a style may give defaults for, as the CV's design block writes them. */
    public static final List<String> DESIGN_KEYS = List.of("page.size", "page.top_margin", "page.bottom_margin",
            "page.left_margin", "page.right_margin", "colors.accent", "typography.font_family",
            "typography.font_size");

    /** The design options a style may honour: the keys above, with the four margins as {@code page.margins}. */
    public static final List<String> OPTIONS = List.of("page.size", "page.margins", "colors.accent",
            "typography.font_family", "typography.font_size");

    /** A style that honours every design option and lays a CV out on as many pages as it takes. */
    public Style(String name, String description, StyleSource source, Map<String, String> defaults) {
        this(name, description, source, defaults, OPTIONS, null);
    }

    public Style {
        defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
        honours = List.copyOf(honours);
    }

    // equals and hashCode are written out: a record's generated ones are bootstrapped on first call, some
    // milliseconds of every cold render, whose renderer keys its caches by style.
    @Override
    public boolean equals(Object o) {
        return o instanceof Style s && name.equals(s.name) && Objects.equals(description, s.description)
                && source.equals(s.source) && defaults.equals(s.defaults) && honours.equals(s.honours)
                && Objects.equals(fit, s.fit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, source, defaults, honours, fit);
    }

    /**
     * How a style fits a CV on {@code pages} pages: the smallest body font size it goes down to, the words of the
     * section titles it drops first (in that order), and the section titles it never drops.
     */
    public record Fit(int pages, String minFontSize, List<String> dropFirst, List<String> keep) {
        public Fit {
            dropFirst = List.copyOf(dropFirst);
            keep = List.copyOf(keep);
        }
    }
}
