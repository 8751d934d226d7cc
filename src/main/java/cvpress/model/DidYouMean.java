package cvpress.model;

import java.util.Collection;
import java.util.Locale;

/** Suggests the known word closest to a misspelt one (optimal string alignment distance, ignoring case). */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** The edit distance between two words, counting a swap of neighbouring letters as one edit. */
    static int distance(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        int[][] d = new int[s.length() + 1][t.length() + 1];
        for (int i = 0; i <= s.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= t.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[s.length()][t.length()];
    }

    /** The candidate closest to {@code word} within {@code maxDistance} edits, or null. */
    public static String closest(String word, Collection<String> candidates, int maxDistance) {
        String best = null;
        int bestDistance = maxDistance + 1;
        for (String candidate : candidates) {
            int d = distance(word, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** How many edits a suggestion may be away from a word of this length. */
    public static int tolerance(String word) {
        return word.length() <= 3 ? 1 : word.length() <= 6 ? 2 : 3;
    }

    /** How many edits make an entry's extra key a likely typo of a known key (strict, to keep real extras). */
    static int typoTolerance(String word) {
        return word.length() <= 4 ? 1 : 2;
    }

    /** "unknown key 'emial'; did you mean 'email'?" or a list of what is allowed. */
    static String unknownKey(String key, Collection<String> known) {
        return unknownKey(key, known, String.join(", ", known));
    }

    /** Like {@link #unknownKey(String, Collection)}, naming what is allowed as {@code allowed} when nothing is close. */
    static String unknownKey(String key, Collection<String> known, String allowed) {
        String suggestion = closest(key, known, tolerance(key));
        if (suggestion == null && key.length() >= 3) {
            suggestion = known.stream().filter(k -> k.startsWith(key) || key.startsWith(k)).findFirst().orElse(null);
        }
        if (suggestion != null) {
            return "unknown key '" + key + "'; did you mean '" + suggestion + "'?";
        }
        return "unknown key '" + key + "' (allowed: " + allowed + ")";
    }
}
