package cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cvpress.model.CvLoader;
import cvpress.render.Renderer;
import cvpress.style.StyleCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rehearsal (what {@code --watch} runs to warm up) renders a file as a render does and writes nothing. */
class RehearsalTest {

    @TempDir
    Path dir;

    private FileRenderer renderer(Path out) {
        return new FileRenderer(new CvLoader(LocalDate.of(2026, 1, 15)), new Renderer(),
                new StyleCatalog(Path.of("").toAbsolutePath()), List.of(),
                EnumSet.of(OutputFormat.PDF, OutputFormat.PNG, OutputFormat.HTML), out, 30, false, false,
                new AtomicFiles());
    }

    @Test
    void aGoodFileRehearsesWithoutWritingOrClaimingItsOutputs() throws Exception {
        Path cv = Files.writeString(dir.resolve("cv.yaml"), CliTest.GOOD);
        Path out = dir.resolve("out");
        FileRenderer renderer = renderer(out);
        assertTrue(renderer.rehearse(cv));
        assertFalse(Files.exists(out), "a rehearsal made the output directory");

        Path other = Files.createDirectories(dir.resolve("other")).resolve("cv.yaml");
        Files.writeString(other, CliTest.GOOD);
        Map<String, Path> claimed = new HashMap<>();
        FileRenderer.Outcome outcome = renderer.render(other, claimed);
        assertTrue(outcome.ok(), outcome.messages().toString());
        assertEquals(List.of(out.resolve("cv-academic.pdf"), out.resolve("cv-academic-1.png"),
                out.resolve("cv-academic.html")), outcome.written(), "the rehearsal claimed cv-academic");
        assertEquals(Map.of("cv-academic", other), claimed);
    }

    @Test
    void aBrokenFileFailsItsRehearsalAndWritesNothing() throws Exception {
        Path cv = Files.writeString(dir.resolve("cv.yaml"), CliTest.GOOD.replace("position:", "positon:"));
        Path out = dir.resolve("out");
        assertFalse(renderer(out).rehearse(cv));
        assertFalse(renderer(out).rehearse(dir.resolve("missing.yaml")));
        assertFalse(Files.exists(out));
    }
}
