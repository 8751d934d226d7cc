package cvpress.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Test helpers: load YAML text as "cv.yaml" and assert on the formatted diagnostics. */
final class Loading {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
    static final String FILE = "cv.yaml";

    private Loading() {
    }

    static LoadResult load(String yaml) {
        return load(yaml, Path.of("."));
    }

    static LoadResult load(String yaml, Path baseDir) {
        return new CvLoader(TODAY).load(FILE, yaml.getBytes(StandardCharsets.UTF_8), baseDir);
    }

    /** Loads YAML that must load without errors. */
    static CvDocument ok(String yaml) {
        LoadResult result = load(yaml);
        assertTrue(result.ok(), () -> "expected no errors, got:\n" + formatted(result));
        assertNotNull(result.document());
        return result.document();
    }

    static String formatted(LoadResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }

    /**
     * Asserts that exactly one diagnostic starts with {@code prefix} (such as
     * {@code "cv.yaml:3:5: error: cv.email: "}) and contains {@code text}; returns it.
     */
    static Diagnostic expect(LoadResult result, String prefix, String text) {
        Diagnostic found = null;
        for (Diagnostic d : result.diagnostics()) {
            String line = d.format();
            if (line.startsWith(prefix) && line.contains(text)) {
                if (found != null) {
                    fail("two diagnostics match " + prefix + " / " + text + ":\n" + formatted(result));
                }
                found = d;
            }
        }
        if (found == null) {
            fail("no diagnostic " + prefix + "..." + text + " among:\n" + formatted(result));
        }
        return found;
    }

    /** Like {@link #expect} and also that it is the only diagnostic. */
    static Diagnostic expectOnly(LoadResult result, String prefix, String text) {
        Diagnostic d = expect(result, prefix, text);
        assertEquals(1, result.diagnostics().size(), () -> formatted(result));
        return d;
    }
}
