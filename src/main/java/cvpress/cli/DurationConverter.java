package cvpress.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a time limit as people write it: {@code 60s}, {@code 1.5s}, {@code 500ms}, {@code 2m}, or plain seconds. */
final class DurationConverter {

    private static final Pattern WRITTEN = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min)?");

    /** The time {@code value} says; an IllegalArgumentException says why it is none. */
    Duration convert(String value) {
        Matcher m = WRITTEN.matcher(value == null ? "" : value.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a time (write it as 60s, 500ms or 2m)");
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> amount;
            case "m", "min" -> amount * 60_000;
            default -> amount * 1000;
        };
        if (millis < 1 || millis > Duration.ofDays(1).toMillis()) {
            throw new IllegalArgumentException("'" + value + "' must be between 1ms and one day");
        }
        return Duration.ofMillis((long) millis);
    }
}
