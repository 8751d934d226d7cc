package cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TodayTest {

    static final LocalDate NOW = LocalDate.of(2030, 5, 17);

    @Test
    void sourceDateEpochWinsOverTodayAndIsReadInUtc() {
        assertEquals(LocalDate.of(2023, 11, 14), Today.resolve("1700000000", NOW));
        assertEquals(LocalDate.of(1970, 1, 1), Today.resolve(" 0 ", NOW));
        assertEquals(LocalDate.of(2021, 1, 1), Today.resolve("1609459200", NOW));
    }

    @Test
    void withoutEpochItIsToday() {
        assertEquals(NOW, Today.resolve(null, NOW));
        assertEquals(NOW, Today.resolve("", NOW));
    }

    @Test
    void aMalformedEpochIsAnErrorNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Today.resolve("yesterday", NOW));
        assertTrue(e.getMessage().contains("SOURCE_DATE_EPOCH") && e.getMessage().contains("yesterday"), e.getMessage());
    }

    @Test
    void todayIsTheDateOfTheZoneAtThatInstant() {
        long[] instants = {0L, 1_700_000_000_000L, 1_711_846_799_000L, 1_711_846_800_000L, 1_729_987_199_999L,
                1_729_987_200_000L, 1_735_689_599_999L, 1_735_689_600_000L, -86_400_001L};
        for (String id : List.of("UTC", "Europe/Berlin", "America/Los_Angeles", "Pacific/Kiritimati",
                "Pacific/Pago_Pago", "Asia/Kolkata", "Australia/Lord_Howe", "America/St_Johns")) {
            java.util.TimeZone zone = java.util.TimeZone.getTimeZone(id);
            for (long millis : instants) {
                for (long shift = 0; shift < 86_400_000L; shift += 3_600_000L) {
                    long at = millis + shift;
                    assertEquals(LocalDate.ofInstant(java.time.Instant.ofEpochMilli(at), zone.toZoneId()),
                            Today.at(at, zone), id + " at " + at);
                }
            }
        }
    }
}
