package cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
}
