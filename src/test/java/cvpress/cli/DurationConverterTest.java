package cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Time limits are read as people write them. */
class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @Test
    void readsTimes() {
        assertEquals(Duration.ofSeconds(60), converter.convert("60s"));
        assertEquals(Duration.ofSeconds(45), converter.convert("45"));
        assertEquals(Duration.ofMillis(1500), converter.convert("1.5s"));
        assertEquals(Duration.ofMillis(500), converter.convert("500ms"));
        assertEquals(Duration.ofMinutes(2), converter.convert("2m"));
        assertEquals(Duration.ofMinutes(3), converter.convert("3 min"));
    }

    @Test
    void refusesWhatIsNoTime() {
        for (String bad : new String[] {"", "soon", "-5s", "0", "0.1ms", "2h", "2 days"}) {
            assertThrows(IllegalArgumentException.class, () -> converter.convert(bad), bad);
        }
    }
}
