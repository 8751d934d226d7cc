package cvpress.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The spacing a page is laid out with, given to every style as CSS custom properties: {@code --line-height}
 * and the gaps {@code --section-gap}, {@code --entry-gap}, {@code --item-gap}; a fitting style tightens them and
 * may set the body font size ({@code --font-size}) in points.
 *
 * @param fontSizePt the body font size in points, or null for the design's
 * @param lineHeight the line height as a multiple of the font size
 * @param spacing    the factor the gaps are scaled by (1 as designed)
 */
record FitSettings(Double fontSizePt, double lineHeight, double spacing) {

    /** The spacing as designed. */
    static final FitSettings NORMAL = new FitSettings(null, 1.25, 1.0);

    private static final double SECTION_GAP = 9;
    private static final double ENTRY_GAP = 5;
    private static final double ITEM_GAP = 1.2;

    FitSettings tighterSpacing() {
        return new FitSettings(fontSizePt, lineHeight, 0.5);
    }

    FitSettings lowerLineHeight() {
        return new FitSettings(fontSizePt, 1.13, spacing);
    }

    FitSettings withFontSize(double points) {
        return new FitSettings(points, lineHeight, spacing);
    }

    /** The custom properties these settings define. */
    Map<String, String> cssVariables() {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("--line-height", number(lineHeight));
        vars.put("--section-gap", number(SECTION_GAP * spacing) + "pt");
        vars.put("--entry-gap", number(ENTRY_GAP * spacing) + "pt");
        vars.put("--item-gap", number(ITEM_GAP * spacing) + "pt");
        if (fontSizePt != null) {
            vars.put("--font-size", number(fontSizePt) + "pt");
        }
        return vars;
    }

    /**
     * A number with at most two decimals (rounded half up from its shortest decimal form, as {@code %.2f} rounds)
     * and no trailing zeros: {@code 9.5}, {@code 1.13}, {@code 10}. Written without {@link String#format}, whose first
     * call loads the locale's number symbols, several milliseconds of a cold render.
     */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A CSS length ({@code pt}, {@code px}, {@code pc}, {@code in}, {@code cm}, {@code mm}) in points; else NaN. */
    static double points(String length) {
        if (length == null) {
            return Double.NaN;
        }
        String s = length.strip().toLowerCase(Locale.ROOT);
        Map<String, Double> units = Map.of("pt", 1.0, "px", 0.75, "pc", 12.0, "in", 72.0, "cm", 72 / 2.54,
                "mm", 72 / 25.4);
        for (Map.Entry<String, Double> unit : units.entrySet()) {
            if (s.endsWith(unit.getKey())) {
                try {
                    return Double.parseDouble(s.substring(0, s.length() - 2)) * unit.getValue();
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
            }
        }
        return Double.NaN;
    }
}
