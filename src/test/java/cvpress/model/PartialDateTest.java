package cvpress.model;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A partial date prints as the record writes it: a four-digit year, then a two-digit month and day when known. */
class PartialDateTest {

    @Test
    void printsTheIsoFormToTheYearMonthOrDay() {
        assertEquals("2024", new PartialDate(2024, 0, 0).toString());
        assertEquals("2024-03", new PartialDate(2024, 3, 0).toString());
        assertEquals("2024-03-07", new PartialDate(2024, 3, 7).toString());
        assertEquals("0987-11-30", new PartialDate(987, 11, 30).toString());
    }

    @Test
    void padsEveryNumberAsTheFormatterWould() {
        int[] years = {0, 5, 42, 999, 1000, 2024, 9999, 10000, 123456, -1, -5, -999, -1000, -12345,
            Integer.MAX_VALUE, Integer.MIN_VALUE};
        int[] parts = {1, 9, 10, 12, 31, 99, 100, -3, Integer.MIN_VALUE};
        for (int year : years) {
            assertEquals(String.format(Locale.ROOT, "%04d", year), new PartialDate(year, 0, 0).toString());
            for (int month : parts) {
                assertEquals(String.format(Locale.ROOT, "%04d-%02d", year, month),
                        new PartialDate(year, month, 0).toString());
                for (int day : parts) {
                    assertEquals(String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day),
                            new PartialDate(year, month, day).toString());
                }
            }
        }
    }
}
