package cvpress.importer;

import cvpress.model.EntryDate;
import cvpress.model.PartialDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates CVs write next to entries — {@code Sep. 2022-Jul. 2026 (Expected)}, {@code 2021 – Present},
 * {@code Summer 2024}, {@code 09/2021 – today}, {@code 2013-2015}, {@code 15.03.2021} — and reads them as the
 * record's dates: a span or a single date when every end is a year, a month or a day, otherwise (seasons,
 * qualifiers such as "Expected") the text as written, so that no word is lost.
 */
final class DateRangeParser {

    /** A date found in a line: where it is (emphasis markers around it included) and what it means. */
    record DateMatch(int start, int end, EntryDate date, String text) {
    }

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
            + "|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?"
            + "|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\\.?";
    private static final String SEASON = "(?:Spring|Summer|Fall|Autumn|Winter|SPRING|SUMMER|FALL|AUTUMN|WINTER)";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String POINT = "(?:"
            + "(?:\\d{1,2}[./])?\\d{1,2}[./]" + YEAR
            + "|" + YEAR + "[-/.](?:0?[1-9]|1[0-2])(?![\\d])(?:[-/.]\\d{1,2}(?!\\d))?"
            + "|(?:\\d{1,2}\\s+)?" + MONTH + ",?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?" + YEAR
            + "|" + SEASON + ",?\\s+" + YEAR
            + "|" + YEAR + ")";
    private static final String PRESENT = "(?:[Pp]resent|PRESENT|[Cc]urrent|CURRENT|[Nn]ow|[Tt]oday|[Oo]ngoing|[Dd]ate)";
    private static final Pattern PRESENT_WORD = Pattern.compile(PRESENT);
    private static final Pattern SEASON_START = Pattern.compile("(?s)" + SEASON + ".*");
    private static final String SEPARATOR = "\\s*(?:--|-|–|—|−|~|\\bto\\b|\\buntil\\b|\\btill\\b)\\s*";
    private static final String QUALIFIER = "(?:\\s*\\(\\s*(?:[Ee]xpected|EXPECTED|[Aa]nticipated|[Ee]xp\\.|[Pp]lanned)\\s*\\)"
            + "|\\s+(?:[Ee]xpected|[Aa]nticipated))";

    private static final Pattern RANGE = Pattern.compile("(?<![\\w/.:-])(\\*{0,2})(" + POINT + ")(?:" + SEPARATOR + "("
            + POINT + "|" + PRESENT + "))?(" + QUALIFIER + ")?\\1(?![\\w/])");

    private static final Pattern DMY = Pattern.compile("(?:(\\d{1,2})([./]))?(\\d{1,2})[./](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?");
    private static final Pattern NAMED = Pattern.compile("(?:(\\d{1,2})\\s+)?([A-Za-z]+)\\.?,?\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?(\\d{4})");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** The first date or date range in the text, or null. */
    DateMatch find(String text) {
        return find(text, 0);
    }

    /** The first date or date range in the text at or after {@code from}, or null. */
    DateMatch find(String text, int from) {
        Matcher m = RANGE.matcher(text);
        m.region(from, text.length());
        m.useTransparentBounds(true);
        while (m.find()) {
            DateMatch match = toMatch(m);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    /** The date when the whole text (emphasis and trailing punctuation aside) is one date or range, else null. */
    DateMatch whole(String text) {
        String t = text.strip();
        while (!t.isEmpty() && ",;.:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        DateMatch m = find(t);
        return m != null && m.start() == 0 && m.end() == t.length() ? m : null;
    }

    private DateMatch toMatch(Matcher m) {
        PartialDate start = point(m.group(2));
        if (start == null) {
            return null;
        }
        String endText = m.group(3);
        boolean inexact = isSeason(m.group(2)) || m.group(4) != null;
        String written = m.group(2);
        EntryDate date;
        if (endText == null) {
            date = inexact ? null : new EntryDate.On(start);
        } else {
            boolean present = PRESENT_WORD.matcher(endText).matches();
            PartialDate end = present ? null : point(endText);
            if (!present && end == null) {
                return null;
            }
            inexact |= isSeason(endText);
            if (!inexact && end != null && end.compareTo(start) < 0) {
                inexact = true;
            }
            written = written + " – " + endText;
            date = inexact ? null : new EntryDate.Span(start, end);
        }
        if (m.group(4) != null) {
            written = written + m.group(4);
        }
        if (date == null) {
            date = new EntryDate.Text(written);
        }
        return new DateMatch(m.start(), m.end(), date, written);
    }

    private static boolean isSeason(String text) {
        return SEASON_START.matcher(text).matches();
    }

    /** One date as the record holds it, or null when it is not a real date. */
    static PartialDate point(String text) {
        String t = text.strip();
        Matcher m = DMY.matcher(t);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(4));
            int a = Integer.parseInt(m.group(3));
            if (m.group(1) == null) {
                return valid(year, a, 0);
            }
            int first = Integer.parseInt(m.group(1));
            boolean dayFirst = m.group(2).equals(".") || first > 12;
            return dayFirst ? valid(year, a, first) : valid(year, first, a);
        }
        m = ISO.matcher(t);
        if (m.matches()) {
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), day);
        }
        m = NAMED.matcher(t);
        if (m.matches()) {
            String word = m.group(2).toLowerCase(Locale.ROOT);
            Integer month = word.length() >= 3 ? MONTHS.get(word.substring(0, 3)) : null;
            int year = Integer.parseInt(m.group(4));
            if (month == null) {
                return new PartialDate(year, 0, 0);
            }
            String day = m.group(1) != null ? m.group(1) : m.group(3);
            return valid(year, month, day == null ? 0 : Integer.parseInt(day));
        }
        if (YEAR_ONLY.matcher(t).matches()) {
            return new PartialDate(Integer.parseInt(t), 0, 0);
        }
        return null;
    }

    private static PartialDate valid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 0 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return new PartialDate(year, month, day);
    }
}
