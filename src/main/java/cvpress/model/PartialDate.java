package cvpress.model;

/** A calendar date known to the year, the month or the day ({@code month} and {@code day} are 0 when unknown). */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public boolean hasMonth() {
        return month > 0;
    }

    public boolean hasDay() {
        return day > 0;
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c != 0 || month == 0 || o.month == 0) {
            return c;
        }
        c = Integer.compare(month, o.month);
        if (c != 0 || day == 0 || o.day == 0) {
            return c;
        }
        return Integer.compare(day, o.day);
    }

    // equals and hashCode are written out: a record's generated ones are bootstrapped on first call, some
    // milliseconds of every cold render, which compares the dates of each span.
    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate d && year == d.year && month == d.month && day == d.day;
    }

    @Override
    public int hashCode() {
        return (year * 13 + month) * 32 + day;
    }

    /** The ISO form as written in the record: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    @Override
    public String toString() {
        if (month == 0) {
            return String.format(java.util.Locale.ROOT, "%04d", year);
        }
        if (day == 0) {
            return String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
        }
        return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }
}
