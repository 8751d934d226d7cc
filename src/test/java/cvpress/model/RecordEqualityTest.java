package cvpress.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The records whose equals and hashCode are written out compare by every component, as generated ones do. */
class RecordEqualityTest {

    @Test
    void partialDatesAreEqualWhenYearMonthAndDayAre() {
        PartialDate date = new PartialDate(2024, 3, 0);
        assertEquals(new PartialDate(2024, 3, 0), date);
        assertEquals(new PartialDate(2024, 3, 0).hashCode(), date.hashCode());
        assertNotEquals(new PartialDate(2023, 3, 0), date);
        assertNotEquals(new PartialDate(2024, 4, 0), date);
        assertNotEquals(new PartialDate(2024, 3, 1), date);
        assertNotEquals(date, "2024-03");
        assertNotEquals(date, null);
        List<Integer> hashes = new ArrayList<>();
        for (int day = 0; day <= 31; day++) {
            hashes.add(new PartialDate(2024, 3, day).hashCode());
        }
        assertEquals(32, hashes.stream().distinct().count(), "days of one month share hash codes");
    }

    @Test
    void fitsAreEqualWhenEveryLimitIs() {
        Design.Fit fit = new Design.Fit(List.of("Education"), 3, "9pt");
        assertEquals(new Design.Fit(new ArrayList<>(List.of("Education")), 3, "9pt"), fit);
        assertEquals(new Design.Fit(List.of("Education"), 3, "9pt").hashCode(), fit.hashCode());
        assertNotEquals(new Design.Fit(List.of("Skills"), 3, "9pt"), fit);
        assertNotEquals(new Design.Fit(List.of("Education"), 4, "9pt"), fit);
        assertNotEquals(new Design.Fit(List.of("Education"), null, "9pt"), fit);
        assertNotEquals(new Design.Fit(List.of("Education"), 3, "8pt"), fit);
        assertNotEquals(new Design.Fit(List.of("Education"), 3, null), fit);
        assertEquals(Design.Fit.DEFAULT, new Design.Fit(null, null, null));
        assertNotEquals(Design.Fit.DEFAULT, fit);
        assertNotEquals(fit, null);
    }
}
