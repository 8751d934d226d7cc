package cvpress.importer;

import java.util.Map;
import java.util.TreeMap;

/**
 * The publication titles of a CV that may start an entry's head line, kept sorted so that the titles a line
 * starts with are found in a few ordered look-ups, whatever the number of titles.
 */
final class KnownTitles {

    /** The shortest title that may start a line; shorter ones are words, not titles. */
    private static final int MIN_LENGTH = 12;

    /** Each title with the order in which it was first added. */
    private final TreeMap<String, Integer> order = new TreeMap<>();

    /** Adds a title (one shorter than {@link #MIN_LENGTH} or already known changes nothing). */
    void add(String title) {
        if (title.length() >= MIN_LENGTH) {
            order.putIfAbsent(title, order.size());
        }
    }

    /**
     * The first title added that {@code segment} starts with, followed by its end or by more than one character;
     * null when there is none.
     */
    String startOf(String segment) {
        String first = null;
        int firstOrder = Integer.MAX_VALUE;
        String upTo = segment;
        while (upTo.length() >= MIN_LENGTH) {
            Map.Entry<String, Integer> floor = order.floorEntry(upTo);
            if (floor == null) {
                break;
            }
            String title = floor.getKey();
            int common = commonPrefix(title, segment);
            if (common < title.length()) {
                // No title between this one and upTo starts the segment with more than the common characters.
                upTo = segment.substring(0, common);
                continue;
            }
            if (floor.getValue() < firstOrder
                    && (segment.length() == title.length() || segment.length() > title.length() + 1)) {
                first = title;
                firstOrder = floor.getValue();
            }
            upTo = segment.substring(0, title.length() - 1);
        }
        return first;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
