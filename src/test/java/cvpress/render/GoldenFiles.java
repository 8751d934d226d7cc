package cvpress.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Compares a text with its golden file under {@code src/test/resources/golden/}; with the system property
 * {@code cvpress.golden.update=true} (as {@code make golden} sets it) the golden file is written instead.
 */
final class GoldenFiles {

    static final Path DIR = Path.of("src", "test", "resources", "golden");

    private GoldenFiles() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("cvpress.golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("no golden file " + file + "; run `make golden` (mvn test -Dcvpress.golden.update=true) and review it");
        }
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail("text differs from " + file + " (run `make golden` if the change is intended, then review the diff)\n"
                    + diff(expected.lines().toList(), actual.lines().toList()));
        }
    }

    /** A short diff: the first differing line with two lines of context, as "-expected" and "+actual". */
    static String diff(List<String> expected, List<String> actual) {
        int first = 0;
        while (first < expected.size() && first < actual.size() && expected.get(first).equals(actual.get(first))) {
            first++;
        }
        int endE = expected.size();
        int endA = actual.size();
        while (endE > first && endA > first && expected.get(endE - 1).equals(actual.get(endA - 1))) {
            endE--;
            endA--;
        }
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, first - 2); i < first; i++) {
            out.append("  ").append(i + 1).append(": ").append(expected.get(i)).append('\n');
        }
        for (int i = first; i < Math.min(endE, first + 20); i++) {
            out.append("- ").append(i + 1).append(": ").append(expected.get(i)).append('\n');
        }
        for (int i = first; i < Math.min(endA, first + 20); i++) {
            out.append("+ ").append(i + 1).append(": ").append(actual.get(i)).append('\n');
        }
        return out.toString();
    }
}
