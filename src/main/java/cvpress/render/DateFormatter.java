package cvpress.render;

import cvpress.model.CvLocale;
import cvpress.model.EntryDate;
import cvpress.model.PartialDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes entry dates as plain text (the caller escapes) with a locale's month names and templates.
 *
 * <p>The single-date template may use {@code MONTH_NAME}, {@code MONTH_ABBREVIATION}, {@code MONTH},
 * {@code MONTH_IN_TWO_DIGITS}, {@code YEAR}, {@code YEAR_IN_TWO_DIGITS}, {@code DAY} and
 * {@code DAY_IN_TWO_DIGITS}. A placeholder the date cannot fill (the month of {@code 2022}) is left out
 * together with the separator next to it, so {@code MONTH_ABBREVIATION YEAR} writes {@code 2022}, and
 * {@code MONTH_NAME DAY, YEAR} writes {@code September 2022} for {@code 2022-09}. Instances are immutable.
 */
final class DateFormatter {

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "MONTH_IN_TWO_DIGITS|MONTH_ABBREVIATION|MONTH_NAME|MONTH|YEAR_IN_TWO_DIGITS|YEAR|DAY_IN_TWO_DIGITS|DAY");

    private final CvLocale locale;
    private final Template single;
    private final String range;

    /** Templates the locale leaves null fall back to English ones; month lists must have twelve names. */
    DateFormatter(CvLocale locale) {
        if (locale.monthNames().size() != 12 || locale.monthAbbreviations().size() != 12) {
            throw new IllegalArgumentException("a locale needs twelve month names and twelve abbreviations");
        }
        this.locale = locale;
        this.single = Template.parse(Objects.requireNonNullElse(locale.singleDate(), CvLocale.ENGLISH.singleDate()));
        this.range = Objects.requireNonNullElse(locale.dateRange(), CvLocale.ENGLISH.dateRange());
    }

    /** The date as the locale writes it: "" for none, free text as written, one date, or a range. */
    String format(EntryDate date) {
        if (date instanceof EntryDate.Text text) {
            return text.text();
        }
        if (date instanceof EntryDate.On on) {
            return format(on.date());
        }
        if (date instanceof EntryDate.Span span) {
            if (span.start().equals(span.end())) {
                return format(span.start());
            }
            String end = span.ongoing() ? presentWord() : format(span.end());
            return range.replace("START_DATE", format(span.start())).replace("END_DATE", end);
        }
        return "";
    }

    /** A calendar day written as month name and year, e.g. "November 2026", for the "last updated" line. */
    String formatDate(LocalDate date) {
        return locale.monthNames().get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    private String presentWord() {
        return Objects.requireNonNullElse(locale.present(), CvLocale.ENGLISH.present());
    }

    private String format(PartialDate date) {
        List<String> values = new ArrayList<>(single.placeholders().size());
        for (String placeholder : single.placeholders()) {
            values.add(value(placeholder, date));
        }
        return single.fill(values, String.valueOf(date.year()));
    }

    private String value(String placeholder, PartialDate date) {
        return switch (placeholder) {
            case "YEAR" -> String.valueOf(date.year());
            case "YEAR_IN_TWO_DIGITS" -> twoDigits(date.year() % 100);
            case "MONTH_NAME" -> date.hasMonth() ? locale.monthNames().get(date.month() - 1) : "";
            case "MONTH_ABBREVIATION" -> date.hasMonth() ? locale.monthAbbreviations().get(date.month() - 1) : "";
            case "MONTH" -> date.hasMonth() ? String.valueOf(date.month()) : "";
            case "MONTH_IN_TWO_DIGITS" -> date.hasMonth() ? twoDigits(date.month()) : "";
            case "DAY" -> date.hasDay() ? String.valueOf(date.day()) : "";
            case "DAY_IN_TWO_DIGITS" -> date.hasDay() ? twoDigits(date.day()) : "";
            default -> throw new IllegalStateException("unknown placeholder " + placeholder);
        };
    }

    /** {@code value} in at least two ASCII digits, whatever the default locale's digits. */
    private static String twoDigits(int value) {
        return String.format(Locale.ROOT, "%02d", value);
    }

    /** A template cut into literal text around its placeholders: {@code literals} has one more element. */
    private record Template(List<String> literals, List<String> placeholders) {

        static Template parse(String template) {
            List<String> literals = new ArrayList<>();
            List<String> placeholders = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(template);
            int last = 0;
            while (m.find()) {
                literals.add(template.substring(last, m.start()));
                placeholders.add(m.group());
                last = m.end();
            }
            literals.add(template.substring(last));
            return new Template(List.copyOf(literals), List.copyOf(placeholders));
        }

        /**
         * Joins the non-empty values, each pair by the separator written right after the left one, inside the
         * template's leading and trailing text; {@code fallback} when no value is left.
         */
        String fill(List<String> values, String fallback) {
            StringBuilder out = new StringBuilder(literals.get(0));
            int lastKept = -1;
            for (int k = 0; k < values.size(); k++) {
                if (values.get(k).isEmpty()) {
                    continue;
                }
                if (lastKept >= 0) {
                    out.append(literals.get(lastKept + 1));
                }
                out.append(values.get(k));
                lastKept = k;
            }
            if (lastKept < 0) {
                return fallback;
            }
            return out.append(literals.get(literals.size() - 1)).toString();
        }
    }
}
