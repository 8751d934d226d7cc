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
        // Written out rather than String.format, which an import of thousands of dates spent a tenth of its time in.
        StringBuilder b = new StringBuilder(10);
        zeroPadded(b, year, 4);
        if (month != 0) {
            zeroPadded(b.append('-'), month, 2);
            if (day != 0) {
                zeroPadded(b.append('-'), day, 2);
            }
        }
        return b.toString();
    }

    /** Appends {@code value} as {@code %0<width>d} would: zeros after any sign, up to {@code width} characters. */
    private static void zeroPadded(StringBuilder b, int value, int width) {
        String digits = Integer.toString(value);
        int start = b.length();
        b.append(digits);
        int at = value < 0 ? start + 1 : start;
        for (int i = digits.length(); i < width; i++) {
            b.insert(at, '0');
        }
    }
}
