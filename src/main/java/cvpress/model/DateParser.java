package cvpress.model;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the record's dates: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, checking they exist. */
final class DateParser {

    static final String FORMS = "use YYYY-MM-DD, YYYY-MM or YYYY";

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    /** A date, or the text and why it is not one ({@code reason} is null when it does not look like a date). */
    record Parsed(PartialDate date, String text, String reason) {
        boolean ok() {
            return date != null;
        }

        /** The message for a text that is not a date, ending with a hint on the forms to use. */
        String problem(String forms) {
            return "\"" + text + "\" is not a date" + (reason == null ? "" : ": " + reason) + " (" + forms + ")";
        }

        String problem() {
            return problem(FORMS);
        }
    }

    private DateParser() {
    }

    static Parsed parse(String text) {
        String t = text.strip();
        Matcher m = SHAPE.matcher(t);
        if (!m.matches()) {
            return new Parsed(null, text, null);
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(2) != null && (month < 1 || month > 12)) {
            return new Parsed(null, text, "there is no month " + month);
        }
        if (m.group(3) != null) {
            int length = YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > length) {
                return new Parsed(null, text, new PartialDate(year, month, 0) + " has " + length + " days");
            }
        }
        return new Parsed(new PartialDate(year, month, day), text, null);
    }
}
