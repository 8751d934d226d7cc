package cvpress.style;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A resolved style: its name, one-line description, where its files are read from, its default
 * design values (keys {@code page_size}, {@code margin_top}, {@code margin_bottom}, {@code margin_left},
 * {@code margin_right}, {@code accent_color}, {@code font_family}, {@code font_size}), and, for a style that
 * fits every CV to a number of pages, how it may condense one ({@code fit}, null otherwise).
 */
public record Style(String name, String description, StyleSource source, Map<String, String> defaults, Fit fit) {

    /** The design keys a style may give defaults for, in the order they are documented. */
    public static final List<String> DESIGN_KEYS = List.of("page_size", "margin_top",
            "margin_bottom", "margin_left", "margin_right", "accent_color", "font_family", "font_size");

    /** A style that lays a CV out on as many pages as it takes. */
    public Style(String name, String description, StyleSource source, Map<String, String> defaults) {
        this(name, description, source, defaults, null);
    }

    public Style {
        defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
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
