package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import cvpress.model.CvLoader;
import cvpress.model.Diagnostic;
import cvpress.model.LoadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Coverage-guided fuzzing of the importer: any text, and any PDF bytes, give a CV whose YAML loads again without
 * errors and holds the same record (or, for bytes that are no readable PDF, an {@link IOException} with a
 * message); the LaTeX and HTML cleaner gives one stripped line, never longer than a bounded multiple of its
 * input. A plain test run replays the inputs under {@code CvImporterFuzzTestInputs}.
 */
class CvImporterFuzzTest {

    private static final CvImporter IMPORTER = new CvImporter();
    private static final CvLoader LOADER = new CvLoader(LocalDate.of(2026, 1, 1));
    private static final Path BASE = Path.of(".").toAbsolutePath();

    @FuzzTest(maxDuration = "10m")
    void importedTextLoadsBackAsTheSameRecord(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        ImportResult result = IMPORTER.importText("fuzz.txt", text, null);
        String yaml = CvYamlWriter.write(result.cv(), "fuzz.txt", "fuzz");
        assertLoadsBack(result, yaml);
        assertEquals(yaml, CvYamlWriter.write(IMPORTER.importText("fuzz.txt", text, null).cv(), "fuzz.txt", "fuzz"),
                "importing is deterministic");
    }

    @FuzzTest(maxDuration = "10m")
    void pdfImportGivesARecordOrAnIoError(byte[] pdf) {
        ImportResult result;
        try {
            result = IMPORTER.importPdf("fuzz.pdf", pdf, null);
        } catch (IOException e) {
            assertNotNull(e.getMessage(), "an unreadable PDF is reported with a message");
            return;
        }
        assertLoadsBack(result, CvYamlWriter.write(result.cv(), "fuzz.pdf", "fuzz"));
    }

    @FuzzTest(maxDuration = "10m")
    void cleanedLineIsOneStrippedLine(byte[] input) {
        String line = new String(input, StandardCharsets.UTF_8).replace('\n', ' ').replace('\r', ' ');
        String cleaned = new LineCleaner().clean(line);
        assertEquals(cleaned.strip(), cleaned, "stripped");
        assertFalse(cleaned.contains("  "), () -> "double space in " + cleaned);
        assertFalse(cleaned.contains("\n") || cleaned.contains("\r"), "one line");
        assertTrue(cleaned.length() <= 2 * line.length() + 8,
                () -> "grew from " + line.length() + " to " + cleaned.length() + " characters: " + cleaned);
        assertEquals(cleaned, new LineCleaner().clean(line), "cleaning is deterministic");
    }

    private static void assertLoadsBack(ImportResult result, String yaml) {
        LoadResult back = LOADER.load("fuzz.yaml", yaml.getBytes(StandardCharsets.UTF_8), BASE);
        assertTrue(back.ok(), () -> "the imported YAML does not load:\n" + back.errors().stream()
                .map(Diagnostic::format).collect(Collectors.joining("\n")) + "\n" + yaml);
        assertEquals(result.cv(), back.document().cv(), () -> "the YAML reads back as another record:\n" + yaml);
    }
}
