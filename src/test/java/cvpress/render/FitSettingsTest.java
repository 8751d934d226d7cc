package cvpress.render;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Design numbers are written with at most two decimals, rounded as {@code %.2f} rounds, without trailing zeros. */
class FitSettingsTest {

    /** The way the numbers were written before: {@code %.2f}, then trailing zeros and point cut. */
    private static String formatted(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replaceFirst("\\.?0+$", "");
    }

    @Test
    void writesTwoDecimalsAtMostWithoutTrailingZeros() {
        assertEquals("9.5", FitSettings.number(9.5));
        assertEquals("1.13", FitSettings.number(1.125));
        assertEquals("1.01", FitSettings.number(1.005));
        assertEquals("10", FitSettings.number(10));
        assertEquals("10", FitSettings.number(9.999));
        assertEquals("0", FitSettings.number(0.001));
        assertEquals("0.1", FitSettings.number(0.1));
        assertEquals("120", FitSettings.number(120.0));
    }

    @Test
    void writesWhatPercentTwoFWrote() {
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            double value = i < 10_000 ? random.nextInt(100_000) / 1000.0 : random.nextDouble() * 200;
            assertEquals(formatted(value), FitSettings.number(value), "for " + value);
        }
        for (double value : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertEquals(formatted(value), FitSettings.number(value), "for " + value);
        }
    }
}
