package cvpress.style;

import java.util.Map;

/**
 * A resolved style: its name, one-line description, where its files are read from, and its default
 * design values (keys {@code page_size}, {@code margin_top}, {@code margin_bottom}, {@code margin_left},
 * {@code margin_right}, {@code accent_color}, {@code font_family}, {@code font_size}).
 */
public record Style(String name, String description, StyleSource source, Map<String, String> defaults) {

    /** The design keys a style may give defaults for, in the order they are documented. */
    public static final java.util.List<String> DESIGN_KEYS = java.util.List.of("page_size", "margin_top",
            "margin_bottom", "margin_left", "margin_right", "accent_color", "font_family", "font_size");

    public Style {
        defaults = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(defaults));
    }
}
