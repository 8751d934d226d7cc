package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every seed, the facts a careful reader writes down — name, e-mail, the section titles in order with their
 * entry types and counts, each education and experience entry's institution or company, role and dates, each
 * publication's title, authors and year — as stated by hand in {@code src/test/resources/import/facts/}.
 */
class SeedFactsTest {

    static final Path FACTS = Path.of("src/test/resources/import/facts");

    static java.util.stream.Stream<Path> seeds() throws IOException {
        return SeedImportTest.seeds();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void importMatchesTheFacts(Path txt) throws IOException {
        String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        List<String> expected = Files.readAllLines(FACTS.resolve(name + ".facts"), StandardCharsets.UTF_8);
        assertEquals(String.join("\n", expected), String.join("\n", Facts.of(SeedImportTest.importSeed(txt).cv())));
    }
}
