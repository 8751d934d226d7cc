package cvpress.render;

import cvpress.model.CvLocale;
import cvpress.model.EntryDate;
import cvpress.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DateFormatterTest {

    private static final CvLocale GERMAN = new CvLocale("de",
            List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                    "November", "Dezember"),
            List.of("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."),
            "heute", "DAY. MONTH_NAME YEAR", "START_DATE bis END_DATE", "Stand");

    private final DateFormatter english = new DateFormatter(CvLocale.ENGLISH);

    private static EntryDate on(int y, int m, int d) {
        return new EntryDate.On(new PartialDate(y, m, d));
    }

    private static EntryDate span(PartialDate start, PartialDate end) {
        return new EntryDate.Span(start, end);
    }

    private static CvLocale withTemplates(String single, String range) {
        CvLocale e = CvLocale.ENGLISH;
        return new CvLocale("en", e.monthNames(), e.monthAbbreviations(), e.present(), single, range,
                e.lastUpdated());
    }

    @Test
    void noneAndText() {
        assertEquals("", english.format(EntryDate.NONE));
        assertEquals("Fall 2023", english.format(new EntryDate.Text("Fall 2023")));
    }

    @Test
    void singleDatesUseTheDefaultTemplate() {
        assertEquals("Sep 2022", english.format(on(2022, 9, 0)));
        assertEquals("Sep 2022", english.format(on(2022, 9, 14)));
        assertEquals("2022", english.format(on(2022, 0, 0)));
    }

    @Test
    void ranges() {
        assertEquals("Sep 2022 – Jul 2026",
                english.format(span(new PartialDate(2022, 9, 1), new PartialDate(2026, 7, 0))));
        assertEquals("Jun 2023 – present", english.format(span(new PartialDate(2023, 6, 0), null)));
        assertEquals("2019 – 2021", english.format(span(new PartialDate(2019, 0, 0), new PartialDate(2021, 0, 0))));
        assertEquals("2019 – Mar 2021",
                english.format(span(new PartialDate(2019, 0, 0), new PartialDate(2021, 3, 0))));
    }

    @Test
    void aSpanOverOneValueIsWrittenOnce() {
        assertEquals("2021", english.format(span(new PartialDate(2021, 0, 0), new PartialDate(2021, 0, 0))));
        assertEquals("Mar 2021", english.format(span(new PartialDate(2021, 3, 0), new PartialDate(2021, 3, 0))));
        assertEquals("2021 – Mar 2021",
                english.format(span(new PartialDate(2021, 0, 0), new PartialDate(2021, 3, 0))));
    }

    @Test
    void germanLocale() {
        DateFormatter german = new DateFormatter(GERMAN);
        assertEquals("5. März 2024", german.format(on(2024, 3, 5)));
        assertEquals("März 2024", german.format(on(2024, 3, 0)));
        assertEquals("2024", german.format(on(2024, 0, 0)));
        assertEquals("1. Oktober 2020 bis heute", german.format(span(new PartialDate(2020, 10, 1), null)));
        assertEquals("Mai 2019 bis Juli 2021",
                german.format(span(new PartialDate(2019, 5, 0), new PartialDate(2021, 7, 0))));
        assertEquals("November 2026", german.formatDate(LocalDate.of(2026, 11, 22)));
    }

    @Test
    void everyPlaceholder() {
        DateFormatter f = new DateFormatter(withTemplates(
                "MONTH_NAME|MONTH_ABBREVIATION|MONTH|MONTH_IN_TWO_DIGITS|YEAR|YEAR_IN_TWO_DIGITS|DAY|DAY_IN_TWO_DIGITS",
                "START_DATE to END_DATE"));
        assertEquals("March|Mar|3|03|2005|05|7|07", f.format(on(2005, 3, 7)));
    }

    /** Two-digit placeholders are written in ASCII digits whatever the JVM's default locale (Arabic's are not). */
    @Test
    void twoDigitPlaceholdersIgnoreTheDefaultLocale() {
        DateFormatter f = new DateFormatter(withTemplates("YEAR_IN_TWO_DIGITS-MONTH_IN_TWO_DIGITS-DAY_IN_TWO_DIGITS",
                "START_DATE to END_DATE"));
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertEquals("05-03-07", f.format(on(2005, 3, 7)));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void missingPartsLeaveNoDanglingSeparators() {
        assertEquals("2022", new DateFormatter(withTemplates("MONTH_NAME YEAR", "x")).format(on(2022, 0, 0)));
        assertEquals("2022", new DateFormatter(withTemplates("MONTH/YEAR", "x")).format(on(2022, 0, 0)));
        assertEquals("2022-09", new DateFormatter(withTemplates("YEAR-MONTH_IN_TWO_DIGITS-DAY_IN_TWO_DIGITS", "x"))
                .format(on(2022, 9, 0)));
        assertEquals("2022", new DateFormatter(withTemplates("YEAR-MONTH_IN_TWO_DIGITS-DAY_IN_TWO_DIGITS", "x"))
                .format(on(2022, 0, 0)));
        assertEquals("September 2022", new DateFormatter(withTemplates("MONTH_NAME DAY, YEAR", "x"))
                .format(on(2022, 9, 0)));
        assertEquals("September 3, 2022", new DateFormatter(withTemplates("MONTH_NAME DAY, YEAR", "x"))
                .format(on(2022, 9, 3)));
        assertEquals("(2022)", new DateFormatter(withTemplates("(MONTH_ABBREVIATION YEAR)", "x"))
                .format(on(2022, 0, 0)));
    }

    @Test
    void nullTemplatesFallBackToEnglish() {
        DateFormatter f = new DateFormatter(withTemplates(null, null));
        assertEquals("Jun 2023 – present", f.format(span(new PartialDate(2023, 6, 0), null)));
    }

    @Test
    void lastUpdatedDate() {
        assertEquals("November 2026", english.formatDate(LocalDate.of(2026, 11, 22)));
    }

    @Test
    void rejectsIncompleteMonthLists() {
        CvLocale e = CvLocale.ENGLISH;
        CvLocale broken = new CvLocale("en", List.of("Jan"), e.monthAbbreviations(), e.present(), e.singleDate(),
                e.dateRange(), e.lastUpdated());
        assertThrows(IllegalArgumentException.class, () -> new DateFormatter(broken));
    }
}
