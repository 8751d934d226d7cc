package cvpress.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.TimeZone;

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
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        return epoch == null || epoch.isBlank() ? now() : resolve(epoch, null);
    }

    /** The system clock's date in the default time zone, as {@link LocalDate#now()} gives it. */
    static LocalDate now() {
        return at(System.currentTimeMillis(), TimeZone.getDefault());
    }

    /**
     * The date at {@code millis} in {@code zone}, read with the zone's offset at that instant: the same date as
     * {@code LocalDate.ofInstant(instant, zone.toZoneId())}, without loading java.time's zone rules (their database
     * costs a start-up several milliseconds, and the default zone has its offsets already).
     */
    static LocalDate at(long millis, TimeZone zone) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.ofTotalSeconds(zone.getOffset(millis) / 1000));
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
