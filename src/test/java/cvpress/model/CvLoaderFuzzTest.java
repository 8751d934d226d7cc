package cvpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Coverage-guided fuzzing of the loader on arbitrary bytes: it never throws, and it either gives a document or
 * located one-line errors, the same ones each time. A plain test run replays the inputs under
 * {@code CvLoaderFuzzTestInputs}; {@code make fuzz} explores new ones.
 */
class CvLoaderFuzzTest {

    private static final String NAME = "fuzz.yaml";
    private static final CvLoader LOADER = new CvLoader(LocalDate.of(2026, 1, 1));
    private static final Path BASE = Path.of("src/test/resources/cvs").toAbsolutePath();

    @FuzzTest(maxDuration = "10m")
    void loadsOrReportsLocatedErrors(byte[] content) {
        LoadResult result = LOADER.load(NAME, content, BASE);
        if (result.ok()) {
            assertNotNull(result.document(), "a file without errors gives a document");
        } else {
            assertNull(result.document(), "a file with errors gives no document");
        }
        int lines = 1;
        for (byte b : content) {
            lines += b == '\n' || b == '\r' ? 1 : 0;
        }
        for (Diagnostic d : result.diagnostics()) {
            assertEquals(NAME, d.location().file(), d::format);
            int line = d.location().line();
            assertTrue(line >= 0 && line <= lines + 1, () -> "line " + line + " is outside the file: " + d.format());
            assertTrue(d.location().column() >= 0, d::format);
            assertFalse(d.message().isBlank(), d::format);
            String formatted = d.format();
            assertFalse(formatted.contains("\n") || formatted.contains("\r"), () -> "not one line: " + formatted);
        }
        assertEquals(result.diagnostics(), LOADER.load(NAME, content, BASE).diagnostics(), "loading is deterministic");
    }
}
