package cvpress.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The date a CV is dated when its settings do not pin one: {@code SOURCE_DATE_EPOCH}, else today. */
final class Today {

    private Today() {
    }

    /**
     * The fallback date for this process: from its {@code SOURCE_DATE_EPOCH}, else the system clock's today.
     *
     * @throws IllegalArgumentException when the variable is set but is not a whole number of seconds
     */
    static LocalDate fromEnvironment() {
        return resolve(System.getenv("SOURCE_DATE_EPOCH"), LocalDate.now());
    }

    /**
     * Resolves the fallback date.
     *
     * @param sourceDateEpoch the value of {@code SOURCE_DATE_EPOCH}, or null
     * @param now             today's date, used when no epoch is given
     * @throws IllegalArgumentException when the epoch is not a whole number of seconds
     */
    static LocalDate resolve(String sourceDateEpoch, LocalDate now) {
        if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) {
            return now;
        }
        try {
            long seconds = Long.parseLong(sourceDateEpoch.trim());
            return LocalDate.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new IllegalArgumentException(
                    "SOURCE_DATE_EPOCH must be a number of seconds since 1970, not '" + sourceDateEpoch + "'");
        }
    }
}
