package cvpress.model;

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
 */
public record Design(String style, String pageSize, Margins margins, String accentColor, String fontFamily,
                     String fontSize) {

    /** Page margins as CSS lengths; null where the style decides. */
    public record Margins(String top, String bottom, String left, String right) {
        public static final Margins DEFAULT = new Margins(null, null, null, null);
    }

    public static final Design DEFAULT = new Design(null, null, Margins.DEFAULT, null, null, null);
}
