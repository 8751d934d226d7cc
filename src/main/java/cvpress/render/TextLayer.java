package cvpress.render;

import cvpress.model.CvDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Measures a PDF's text layer against the CV it was made from: how many of the CV's words come back whole (recall)
 * and in what order (the longest common subsequence of the word sequences over the CV's word count).
 *
 * <p>A word is a run of non-space characters with leading and trailing punctuation cut, compared in lower case
 * after NFC (not NFKC, so that a ligature such as "ﬁ" does not pass for "fi"); a word split by hyphenation, spaced
 * out letter by letter or glued to its neighbour is not found. The CV's words are those {@code CvText} lists. For
 * the order, a unit's fields (an entry's company, position, dates ...) are taken in the order the text shows them,
 * since styles lay them out differently; the units themselves (the header, then each section's title and entries)
 * and the words within a field keep the CV's order.
 */
public final class TextLayer {

    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    private TextLayer() {
    }

    /**
     * How a text layer compares with a CV.
     *
     * @param words   the CV's word count
     * @param found   how many of them the text has (as a multiset)
     * @param ordered the length of the longest common subsequence
     * @param missing the CV's words the text lacks, in the CV's order
     */
    public record Comparison(int words, int found, int ordered, List<String> missing) {
        public Comparison {
            missing = List.copyOf(missing);
        }

        /** The share of the CV's words the text has; 1 for a CV without words. */
        public double recall() {
            return words == 0 ? 1 : (double) found / words;
        }

        /** The longest common subsequence over the CV's word count; 1 for a CV without words. */
        public double order() {
            return words == 0 ? 1 : (double) ordered / words;
        }
    }

    /** The text of every page in reading order, as PDFBox extracts it sorted by position. */
    public static String extract(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        return stripper.getText(pdf);
    }

    /** The words of a text, as this class compares them. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : SPACE.split(Normalizer.normalize(text, Normalizer.Form.NFC))) {
            String word = EDGE_PUNCTUATION.matcher(token).replaceAll("").toLowerCase(Locale.ROOT);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Compares the text layer {@code text} with what {@code doc} shows. */
    public static Comparison compare(CvDocument doc, String text) {
        List<String> actual = words(text);
        List<String> expected = expectedInTextOrder(CvText.units(doc), actual);
        Map<String, Integer> available = new HashMap<>();
        actual.forEach(w -> available.merge(w, 1, Integer::sum));
        List<String> missing = new ArrayList<>();
        for (String w : expected) {
            Integer left = available.get(w);
            if (left == null || left == 0) {
                missing.add(w);
            } else {
                available.put(w, left - 1);
            }
        }
        return new Comparison(expected.size(), expected.size() - missing.size(), lcs(expected, actual), missing);
    }

    /**
     * The CV's words, each unit's fields sorted by where the text shows them: searched from the end of the previous
     * unit (the furthest end of its fields found whole), so that a field repeated in consecutive entries ("Research
     * Intern") is taken from its own entry. A unit's longer fields are placed first, and a field is never placed
     * inside the span another field of its unit already holds (a location "Hong Kong" is not found inside the
     * institution "The University of Hong Kong").
     */
    private static List<String> expectedInTextOrder(List<CvText.Unit> units, List<String> actual) {
        List<String> expected = new ArrayList<>();
        int cursor = 0;
        for (CvText.Unit unit : units) {
            record Placed(List<String> words, int at) {
            }
            List<List<String>> fields = new ArrayList<>();
            unit.blocks().forEach(block -> fields.add(words(block.text())));
            List<List<String>> longestFirst = new ArrayList<>(fields);
            longestFirst.sort(Comparator.comparingInt((List<String> w) -> w.size()).reversed());
            List<int[]> held = new ArrayList<>();
            List<Placed> placed = new ArrayList<>();
            int end = cursor;
            for (List<String> words : longestFirst) {
                int at = find(actual, words, cursor, held);
                placed.add(new Placed(words, at));
                if (at != Integer.MAX_VALUE && whole(actual, words, at)) {
                    held.add(new int[] {at, at + words.size()});
                    end = Math.max(end, at + words.size());
                }
            }
            placed.sort(Comparator.comparingInt(Placed::at));
            placed.forEach(p -> expected.addAll(p.words()));
            cursor = end;
        }
        return expected;
    }

    private static boolean whole(List<String> text, List<String> words, int at) {
        return at + words.size() <= text.size() && text.subList(at, at + words.size()).equals(words);
    }

    /**
     * Where {@code words} (or failing that its first word) first occurs in {@code text} from {@code from} on,
     * outside the spans in {@code held}.
     */
    private static int find(List<String> text, List<String> words, int from, List<int[]> held) {
        if (words.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        int first = Integer.MAX_VALUE;
        for (int i = from; i < text.size(); i++) {
            if (text.get(i).equals(words.get(0)) && !overlaps(held, i, i + words.size())) {
                if (whole(text, words, i)) {
                    return i;
                }
                first = Math.min(first, i);
            }
        }
        return first;
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            if (start < span[1] && span[0] < end) {
                return true;
            }
        }
        return false;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = x.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.size()];
    }
}
