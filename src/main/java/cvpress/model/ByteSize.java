package cvpress.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size in bytes, written and read as people write it: {@code 5MB}, {@code 512 kB}, {@code 1.5 MB}, {@code 300000}. */
public record ByteSize(long bytes) {

    /** The largest input any reader accepts: the YAML parser indexes characters with an int. */
    public static final ByteSize MAX = new ByteSize(1L << 30);

    private static final Pattern WRITTEN = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(B|KB|KIB|MB|MIB|GB|GIB)?",
            Pattern.CASE_INSENSITIVE);
    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    public ByteSize {
        if (bytes < 1) {
            throw new IllegalArgumentException("a size must be at least one byte");
        }
    }

    /**
     * The one-line reason a file of {@code size} bytes is refused under this limit, naming the option that raises
     * it; empty when the file is within the limit.
     */
    public Optional<String> refusal(long size) {
        if (size <= bytes) {
            return Optional.empty();
        }
        String shown = new ByteSize(size).toString();
        if (shown.equals(toString())) {
            shown = String.format(Locale.ROOT, "%,d bytes", size);
        }
        return Optional.of("file is " + shown + ", over the input size limit of " + this
                + "; raise it with --max-input-size");
    }

    /** Megabytes as the limit options write them. */
    public static ByteSize megabytes(long mb) {
        return new ByteSize(mb * MB);
    }

    /**
     * Reads {@code 20MB}, {@code 512kB}, {@code 1.5 MB} or a plain number of bytes; a kB is 1024 bytes.
     *
     * @throws IllegalArgumentException with a one-line message when the text is not such a size or is over {@link #MAX}
     */
    public static ByteSize parse(String text) {
        Matcher m = WRITTEN.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size (write it as 5MB, 512kB or 300000)");
        }
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        long factor = switch (unit) {
            case "KB", "KIB" -> KB;
            case "MB", "MIB" -> MB;
            case "GB", "GIB" -> MB * 1024;
            default -> 1;
        };
        double bytes = Double.parseDouble(m.group(1)) * factor;
        if (bytes > MAX.bytes) {
            throw new IllegalArgumentException("'" + text + "' is over the largest size cvpress reads, " + MAX);
        }
        if (bytes < 1) {
            throw new IllegalArgumentException("'" + text + "' is less than one byte");
        }
        return new ByteSize((long) bytes);
    }

    /** The size in the largest unit that keeps it short: {@code 5 MB}, {@code 6.2 MB}, {@code 512 kB}, {@code 900 bytes}. */
    @Override
    public String toString() {
        if (bytes >= MB) {
            return number(bytes / (double) MB) + " MB";
        }
        if (bytes >= KB) {
            return number(bytes / (double) KB) + " kB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    private static String number(double value) {
        String one = String.format(Locale.ROOT, "%.1f", value);
        return one.endsWith(".0") ? one.substring(0, one.length() - 2) : one;
    }
}
