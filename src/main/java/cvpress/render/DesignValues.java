package cvpress.render;

import cvpress.model.Design;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The design values a page is laid out with: the style's defaults overridden by the record's
 * {@code design} block, each checked so that it can be written into CSS as it stands.
 *
 * @param pageSize   a CSS page size ({@code A4}, {@code letter}, ...)
 * @param fontFamily a bundled (or style-shipped) font family name
 */
record DesignValues(String pageSize, String marginTop, String marginBottom, String marginLeft, String marginRight,
                    String accentColor, String fontFamily, String fontSize) {

    private static final Map<String, String> PAGE_SIZES = Map.of("a4", "A4", "a5", "A5", "us-letter", "letter",
            "letter", "letter", "us-legal", "legal", "legal", "legal");
    private static final Map<String, String[]> PAGE_DIMENSIONS = Map.of("A4", new String[] {"210mm", "297mm"},
            "A5", new String[] {"148mm", "210mm"}, "letter", new String[] {"8.5in", "11in"},
            "legal", new String[] {"8.5in", "14in"});
    private static final Pattern LENGTH = Pattern.compile("0|\\d{1,3}(\\.\\d{1,4})?(pt|mm|cm|in|px|em|rem|pc)");
    private static final Pattern COLOR = Pattern.compile(
            "#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|rgb\\(\\s*\\d{1,3}\\s*,\\s*\\d{1,3}\\s*,\\s*\\d{1,3}\\s*\\)|[a-zA-Z]{3,20}");
    private static final Pattern FAMILY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,60}");

    /**
     * Merges the style's defaults with the record's overrides (null fields keep the default); an override of an
     * option the style does not honour is left out, with a note naming it added to {@code notes}.
     */
    static DesignValues resolve(Map<String, String> defaults, List<String> honours, Design design,
                                List<String> notes) throws RenderException {
        Design d = design == null ? Design.DEFAULT : design;
        Design.Margins m = d.margins() == null ? Design.Margins.DEFAULT : d.margins();
        Honoured h = new Honoured(honours, notes);
        String size = pick(h.of("page.size", d.pageSize()), defaults, "page.size", "a4").toLowerCase(Locale.ROOT);
        String pageSize = PAGE_SIZES.get(size);
        if (pageSize == null) {
            throw new RenderException("design: page size '" + size + "' is not one of a4, a5, us-letter, us-legal");
        }
        return new DesignValues(pageSize,
                length("top margin", pick(h.of("page.margins", m.top()), defaults, "page.top_margin", "2cm")),
                length("bottom margin", pick(h.of("page.margins", m.bottom()), defaults, "page.bottom_margin", "2cm")),
                length("left margin", pick(h.of("page.margins", m.left()), defaults, "page.left_margin", "2cm")),
                length("right margin", pick(h.of("page.margins", m.right()), defaults, "page.right_margin", "2cm")),
                checked("accent colour", pick(h.of("colors.accent", d.accentColor()), defaults, "colors.accent",
                        "#000000"), COLOR),
                checked("font family", pick(h.of("typography.font_family", d.fontFamily()), defaults,
                        "typography.font_family", "CMU Serif"), FAMILY),
                length("font size", pick(h.of("typography.font_size", d.fontSize()), defaults,
                        "typography.font_size", "10pt")));
    }

    /** These values with another font family. */
    DesignValues withFontFamily(String family) {
        return new DesignValues(pageSize, marginTop, marginBottom, marginLeft, marginRight, accentColor, family,
                fontSize);
    }

    /** Lets through the values of the options a style honours, and notes each other one once. */
    private record Honoured(List<String> honours, List<String> notes) {
        String of(String option, String value) {
            if (value == null || honours.contains(option)) {
                return value;
            }
            String note = "the style ignores design." + option + " (it honours "
                    + (honours.isEmpty() ? "no design option" : String.join(", ", honours)) + ")";
            if (!notes.contains(note)) {
                notes.add(note);
            }
            return null;
        }
    }

    /**
     * The values as CSS custom properties, e.g. {@code --accent-color -> #004f90}; the page's width and
     * height ({@code --page-width}, {@code --page-height}) come with its size, for screen styles.
     */
    Map<String, String> cssVariables(String fallbackFamily) {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("--page-size", pageSize);
        vars.put("--page-width", PAGE_DIMENSIONS.get(pageSize)[0]);
        vars.put("--page-height", PAGE_DIMENSIONS.get(pageSize)[1]);
        vars.put("--margin-top", marginTop);
        vars.put("--margin-bottom", marginBottom);
        vars.put("--margin-left", marginLeft);
        vars.put("--margin-right", marginRight);
        vars.put("--accent-color", accentColor);
        String family = "\"" + fontFamily + "\"";
        if (fallbackFamily != null && !fallbackFamily.equalsIgnoreCase(fontFamily)) {
            family += ", \"" + fallbackFamily + "\"";
        }
        vars.put("--font-family", family);
        vars.put("--font-size", fontSize);
        return vars;
    }

    private static String pick(String override, Map<String, String> defaults, String key, String fallback) {
        if (override != null && !override.isBlank()) {
            return override.strip();
        }
        String value = defaults.get(key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String length(String what, String value) throws RenderException {
        return checked(what, value, LENGTH);
    }

    private static String checked(String what, String value, Pattern pattern) throws RenderException {
        if (!pattern.matcher(value).matches()) {
            throw new RenderException("design: " + what + " '" + value + "' is not usable here");
        }
        return value;
    }
}
