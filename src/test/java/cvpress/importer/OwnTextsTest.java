package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cvpress.model.CvLoader;
import cvpress.model.Diagnostic;
import cvpress.model.LoadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CV texts in shapes the seeds do not have — an industry résumé in markdown, a European CV with day-first dates
 * and diacritics, a two-column layout as {@code pdftotext -layout} prints it, a LaTeX-heavy text, and a text with
 * page headers and footers — held to the same bars as the seeds: every word kept, the facts a reader writes
 * down (in {@code src/test/resources/import/facts/}), and a record that loads without errors.
 */
class OwnTextsTest {

    static final Path DIR = Path.of("src/test/resources/import");

    static Stream<Path> texts() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted()
                    .collect(Collectors.toList()).stream();
        }
    }

    private static ImportResult importText(Path p) throws IOException {
        return new CvImporter().importText(p.getFileName().toString(), Files.readString(p), null);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void everyWordIsKept(Path p) throws IOException {
        String yaml = CvYamlWriter.write(importText(p).cv(), p.getFileName().toString(), "test");
        WordRecall.Result r = WordRecall.measure(Files.readString(p), yaml);
        System.out.printf("word recall %s: %d/%d = %.2f%%%n", p.getFileName(), r.found(), r.inputWords(), 100 * r.recall());
        assertEquals(java.util.Map.of(), r.missing(), "words of " + p + " missing from its YAML:\n" + yaml);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void importMatchesTheFacts(Path p) throws IOException {
        String name = p.getFileName().toString().replaceFirst("\\.(txt|md)$", "");
        List<String> expected = Files.readAllLines(DIR.resolve("facts/" + name + ".facts"), StandardCharsets.UTF_8);
        assertEquals(String.join("\n", expected), String.join("\n", Facts.of(importText(p).cv())));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void recordLoadsWithoutErrors(Path p) throws IOException {
        ImportResult imported = importText(p);
        String yaml = CvYamlWriter.write(imported.cv(), p.getFileName().toString(), "test");
        LoadResult loaded = new CvLoader(LocalDate.of(2026, 1, 1)).load(p.getFileName().toString(),
                yaml.getBytes(StandardCharsets.UTF_8), DIR);
        assertEquals(List.of(), loaded.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList());
        assertEquals(imported.cv(), loaded.document().cv());
    }
}
