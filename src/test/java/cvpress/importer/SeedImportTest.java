package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cvpress.model.CvLoader;
import cvpress.model.Diagnostic;
import cvpress.model.LoadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every seed CV text imports into the YAML record next to it, byte for byte (run with
 * {@code -Dcvpress.golden.update=true} to rewrite the records), with every word of the text kept, and the record
 * loads without errors into the same CV.
 */
class SeedImportTest {

    static final Path SEEDS = Path.of("seeds");

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList()).stream();
        }
    }

    static String version() throws IOException {
        Properties p = new Properties();
        try (InputStream in = SeedImportTest.class.getResourceAsStream("/cvpress/version.properties")) {
            p.load(in);
        }
        return p.getProperty("version");
    }

    static ImportResult importSeed(Path txt) throws IOException {
        return new CvImporter().importText(txt.getFileName().toString(), Files.readString(txt), null);
    }

    static String yaml(Path txt) throws IOException {
        return CvYamlWriter.write(importSeed(txt).cv(), txt.getFileName().toString(), version());
    }

    static Path yamlPath(Path txt) {
        String name = txt.getFileName().toString();
        return txt.resolveSibling(name.substring(0, name.length() - 4) + ".yaml");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyWordIsKept(Path txt) throws IOException {
        WordRecall.Result r = WordRecall.measure(Files.readString(txt), yaml(txt));
        System.out.printf("word recall %s: %d/%d = %.2f%%%n", txt.getFileName(), r.found(), r.inputWords(),
                100 * r.recall());
        assertEquals(Map0.of(), r.missing(), "words of " + txt + " missing from its YAML");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void recordIsTheImportersExactOutput(Path txt) throws IOException {
        String expected = yaml(txt);
        Path target = yamlPath(txt);
        if (Boolean.getBoolean("cvpress.golden.update")) {
            Files.writeString(target, expected, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(target), target + " is missing; run with -Dcvpress.golden.update=true");
        assertEquals(expected, Files.readString(target, StandardCharsets.UTF_8), target + " differs from the import");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void recordLoadsBackIntoTheSameCv(Path txt) throws IOException {
        ImportResult imported = importSeed(txt);
        String text = CvYamlWriter.write(imported.cv(), txt.getFileName().toString(), version());
        LoadResult loaded = new CvLoader(LocalDate.of(2026, 1, 1)).load(txt.getFileName().toString(),
                text.getBytes(StandardCharsets.UTF_8), SEEDS);
        List<String> errors = loaded.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format)
                .toList();
        assertEquals(List.of(), errors);
        assertFalse(loaded.document() == null);
        assertEquals(imported.cv(), loaded.document().cv());
    }

    /** An empty map, named so that a failing assertion prints the missing words next to it. */
    private static final class Map0 {
        static java.util.Map<String, Integer> of() {
            return java.util.Map.of();
        }
    }
}
