package cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output names derived from input names cannot hide a file, read as an option, hold a control character or leave the
 * output directory; the directory given with {@code -o} or {@code -d} is used as given.
 */
class OutputNamesTest {

    @TempDir
    Path dir;

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void namesAreCleaned() {
        assertEquals("_hidden", OutputNames.baseName(Path.of(".hidden.yaml")));
        assertEquals("_dash", OutputNames.baseName(Path.of("-dash.yaml")));
        assertEquals("_", OutputNames.baseName(Path.of("--.yaml")));
        assertEquals("tab_name", OutputNames.baseName(Path.of("tab\tname.yaml")));
        assertEquals("line_break_", OutputNames.baseName(Path.of("line\nbreak\u0007.yaml")));
        assertEquals("a_b_c", OutputNames.baseName(Path.of("a:b\\c.yaml")));
        assertEquals("Jos\u00e9_Garc\u00eda", OutputNames.baseName(Path.of("Jos\u00e9 Garc\u00eda.yaml")));
        assertEquals("cv.v2", OutputNames.baseName(Path.of("cv.v2.yaml")));
        assertEquals("__", OutputNames.safe("../"));
        assertEquals("cv", OutputNames.safe(""));
    }

    @Test
    void renderWritesCleanNamesIntoTheDirectoryAsGiven() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> inputs = List.of(".hidden.yaml", "-dash.yaml", "tab\tname.yaml", "line\nbreak.yaml",
                "space name.yaml");
        String[] args = new String[inputs.size() + 3];
        args[0] = "render";
        for (int i = 0; i < inputs.size(); i++) {
            args[i + 1] = Files.writeString(in.resolve(inputs.get(i)), CliTest.GOOD).toString();
        }
        Files.createDirectories(dir.resolve("a"));
        Path given = dir.resolve("a/../out dir");
        args[inputs.size() + 1] = "-o";
        args[inputs.size() + 2] = given.toString();
        CliTest.Run r = CliTest.cvpress(args);
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("_dash-academic.pdf", "_hidden-academic.pdf", "line_break-academic.pdf",
                "space_name-academic.pdf", "tab_name-academic.pdf"), names(dir.resolve("out dir")));
        assertEquals(List.of("a", "in", "out dir"), names(dir), "nothing written beside the output directory");
        for (String line : r.out().lines().toList()) {
            assertTrue(line.startsWith(given.toString() + "/"), "outputs are named under -o as given: " + line);
        }
    }

    @Test
    void importWritesCleanNames() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path hidden = Files.writeString(in.resolve(".old cv.txt"), "Jane Roe\njane@example.org\n\nSkills\nGo, Rust\n");
        Path out = dir.resolve("records");
        CliTest.Run r = CliTest.cvpress("import", hidden.toString(), "-d", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("_old_cv.yaml"), names(out));
    }
}
