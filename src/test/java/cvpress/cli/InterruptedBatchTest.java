package cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A batch stopped by SIGTERM or Ctrl-C (SIGINT) while it writes: every output in the directory is complete, and
 * no temporary file is left, not even of the documents that were being written. Runs cvpress in a child JVM and
 * signals it as soon as a temporary output file shows up.
 */
@EnabledOnOs(OS.LINUX)
class InterruptedBatchTest {

    private static final int FILES = 40;
    private static final List<String> SEEDS = List.of("seeds/john-doe-rendercv.yaml",
            "seeds/rochester-phd-ml-engineer.yaml", "seeds/uw-systems-phd.yaml", "src/test/resources/cvs/every-entry-type.yaml");

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void aStoppedBatchLeavesCompleteOutputsAndNoTemporaryFiles(String signal) throws Exception {
        Path out = dir.resolve("out");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "render", "-j", "2", "-f", "pdf,html,png", "--dpi", "40", "-o", out.toString()));
        for (int i = 0; i < FILES; i++) {
            Path copy = dir.resolve("cv" + i + ".yaml");
            Files.copy(Path.of(SEEDS.get(i % SEEDS.size())), copy);
            command.add(copy.toString());
        }
        Path log = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile()).start();
        try {
            boolean caughtWriting = waitForATemporaryFile(out, process);
            assertTrue(caughtWriting, "the batch never wrote: " + Files.readString(log));
            if (signal.equals("TERM")) {
                process.destroy();
            } else {
                new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
            }
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "cvpress did not stop");
        } finally {
            process.destroyForcibly();
        }
        assertNotEquals(0, process.exitValue(), "the batch finished before the signal: " + Files.readString(log));

        List<Path> left = list(out);
        List<Path> temporary = left.stream().filter(p -> p.getFileName().toString().startsWith(".")).toList();
        assertEquals(List.of(), temporary, "temporary files left behind");
        long pdfs = left.stream().filter(p -> p.toString().endsWith(".pdf")).count();
        assertTrue(pdfs < FILES, "the batch was not stopped midway: " + pdfs + " PDFs");
        for (Path p : left) {
            String name = p.getFileName().toString();
            if (name.endsWith(".pdf")) {
                OutputFaultsTest.assertCompletePdf(p);
            } else if (name.endsWith(".png")) {
                assertTrue(ImageIO.read(p.toFile()) != null, p + " is not a whole PNG");
            } else {
                assertTrue(name.endsWith(".html") && Files.readString(p).strip().endsWith("</html>"), p.toString());
            }
        }
    }

    /** Polls the output directory until a temporary file appears; false if the child exits or a minute passes. */
    private static boolean waitForATemporaryFile(Path out, Process process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            for (Path p : list(out)) {
                if (p.getFileName().toString().endsWith(".part")) {
                    return true;
                }
            }
            Thread.onSpinWait();
        }
        return false;
    }

    private static List<Path> list(Path d) throws IOException {
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        } catch (java.nio.file.NoSuchFileException racing) {
            return List.of();
        }
    }
}
