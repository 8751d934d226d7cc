package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrgWordsTest {

    /** A word's bare form is the word lower-cased with every letter or number kept and the rest cut off its ends. */
    @ParameterizedTest
    @ValueSource(strings = {"University", "(Google)", "Inc.", "“Lab”", "x²", "²x", "Ⅻ", "Ⅻ.", "école", "café́",
            "́école", "𝐋ab", "Lab𝐋", "𝐋", "..", "", "-", "2019", "2019,", "Engineers'", "Engineer's", "ＡＢＣ",
            "naïve", "İstanbul", "ǅemal", "—Corp—", "\u00a0Inc\u00a0", "a", "1"})
    void bareCutsWhatIsNeitherLetterNorNumberOffTheEnds(String word) {
        String expected = word.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        if (expected.endsWith("'s")) {
            expected = expected.substring(0, expected.length() - 2);
        }
        assertEquals(expected, OrgWords.bare(word));
    }
}
