package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KnownTitlesTest {

    @Test
    void findsTheFirstAddedTitleThatStartsTheSegment() {
        KnownTitles titles = new KnownTitles();
        titles.add("Deep Learning at Scale: Systems");
        titles.add("Deep Learning at Scale");
        titles.add("Deep Learning at Scale: Systems and Theory");
        assertEquals("Deep Learning at Scale: Systems",
                titles.startOf("Deep Learning at Scale: Systems and Theory, ICML"));
        assertEquals("Deep Learning at Scale", titles.startOf("Deep Learning at Scale, NeurIPS 2020"));
        assertEquals("Deep Learning at Scale", titles.startOf("Deep Learning at Scale"));
    }

    @Test
    void aTitleFollowedByExactlyOneCharacterOrShorterThanTwelveDoesNotCount() {
        KnownTitles titles = new KnownTitles();
        titles.add("Graph Kernels");
        titles.add("Short Title");
        assertNull(titles.startOf("Graph Kernels,"));
        assertEquals("Graph Kernels", titles.startOf("Graph Kernels, 2019"));
        assertNull(titles.startOf("Short Title, 2019"));
        assertNull(titles.startOf("Graph Kern"));
        assertNull(titles.startOf(""));
    }

    @Test
    void answersAsAScanOfEveryTitleInOrderWould() {
        Random random = new Random(7);
        String[] words = {"a", "ab", "abc", "b", "ba", " ", ",", "x"};
        for (int round = 0; round < 200; round++) {
            KnownTitles titles = new KnownTitles();
            List<String> added = new ArrayList<>();
            for (int n = random.nextInt(30); n > 0; n--) {
                // Half of the titles extend or cut an earlier one, so that a segment often starts with several.
                String t = added.isEmpty() || random.nextBoolean() ? phrase(random, words, 10, 16)
                        : random.nextBoolean() ? added.get(random.nextInt(added.size())) + phrase(random, words, 1, 4)
                        : cut(random, added.get(random.nextInt(added.size())));
                titles.add(t);
                added.add(t);
            }
            for (int k = 0; k < 50; k++) {
                String segment = random.nextBoolean() && !added.isEmpty()
                        ? added.get(random.nextInt(added.size())) + phrase(random, words, 0, 3)
                        : phrase(random, words, 8, 20);
                assertEquals(scan(added, segment), titles.startOf(segment), segment);
            }
        }
    }

    private static String cut(Random random, String title) {
        return title.substring(0, Math.max(1, title.length() - 1 - random.nextInt(4)));
    }

    private static String phrase(Random random, String[] words, int min, int max) {
        StringBuilder b = new StringBuilder();
        int length = min + random.nextInt(max - min + 1);
        while (b.length() < length) {
            b.append(words[random.nextInt(words.length)]);
        }
        return b.toString();
    }

    /** The rule read plainly: the first title, in the order added, that starts the segment as a title may. */
    private static String scan(List<String> titles, String segment) {
        for (String title : titles) {
            if (segment.startsWith(title) && title.length() >= 12
                    && (segment.length() == title.length() || segment.length() > title.length() + 1)) {
                return title;
            }
        }
        return null;
    }
}
