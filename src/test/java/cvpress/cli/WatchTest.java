package cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cvpress.render.TextLayer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --watch}: renders again on every save, keeps the last good PDF on a broken save, stops cleanly. */
class WatchTest {

    /** Bounds that only catch a hang; the speed of a re-render is measured by {@code make bench}. */
    private static final long FIRST_RENDER_S = 90;
    private static final long RERENDER_S = 30;

    @TempDir
    Path dir;

    /** A {@code render --watch} running in a thread of this JVM, with what it printed so far. */
    static final class Running implements AutoCloseable {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final AtomicInteger code = new AtomicInteger(-1);
        final Thread thread;

        Running(String... args) {
            List<String> all = new ArrayList<>(List.of("render", "--watch"));
            all.addAll(List.of(args));
            thread = new Thread(() -> code.set(Main.run(all.toArray(String[]::new), new PrintWriter(out, true),
                    new PrintWriter(err, true))), "watch-under-test");
            thread.start();
        }

        String err() {
            return err.toString();
        }

        /** Stops the watch as the test's end does, and returns its exit code. */
        int stop() throws InterruptedException {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(RERENDER_S));
            assertFalse(thread.isAlive(), "watch did not stop on interrupt");
            return code.get();
        }

        @Override
        public void close() throws InterruptedException {
            if (thread.isAlive()) {
                stop();
            }
        }
    }

    static void await(String what, long seconds, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("not within " + seconds + " s: " + what);
            }
            Thread.sleep(20);
        }
    }

    static String pdfText(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return TextLayer.extract(doc);
        } catch (IOException e) {
            return "";
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Saves as many editors do: the new text goes to a temporary file that is then renamed over the old one. */
    static void saveViaRename(Path file, String content) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".swp");
        Files.writeString(temp, content);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void rendersAgainOnEverySaveAndKeepsTheLastGoodPdfWhenTheYamlIsBroken() throws Exception {
        Path cv = Files.writeString(dir.resolve("cv.yaml"), CliTest.GOOD);
        Path out = dir.resolve("out");
        Path pdf = out.resolve("cv-academic.pdf");
        try (Running watch = new Running(cv.toString(), "-o", out.toString())) {
            await("the first render", FIRST_RENDER_S, () -> pdfText(pdf).contains("Jane Roe"));
            await("the watching line", RERENDER_S, () -> watch.err().contains("cvpress: watching " + cv));

            saveViaRename(cv, CliTest.GOOD.replace("Jane Roe", "Janet Roe"));
            await("the renamed save's render", RERENDER_S, () -> pdfText(pdf).contains("Janet Roe"));

            Files.writeString(cv, CliTest.GOOD.replace("Jane Roe", "Broken Roe").replace("position:", "positon:"));
            await("the broken save's error", RERENDER_S, () -> watch.err().contains("not rendered"));
            byte[] good = Files.readAllBytes(pdf);
            assertTrue(watch.err().contains(cv + ":7:9: error: cv.sections.Experience[0].positon: unknown key"),
                    watch.err());
            assertTrue(watch.err().contains("cvpress: " + cv + " not rendered; its last good output is kept"),
                    watch.err());
            assertFalse(watch.err().contains("\tat "), watch.err());
            assertTrue(pdfText(pdf).contains("Janet Roe"));

            Files.writeString(cv, CliTest.GOOD.replace("Jane Roe", "Joan Roe"));
            await("the fixed save's render", RERENDER_S, () -> pdfText(pdf).contains("Joan Roe"));
            assertFalse(java.util.Arrays.equals(good, bytes(pdf)));
            assertEquals(0, watch.stop());
            assertTrue(watch.err().endsWith("cvpress: stopped watching" + System.lineSeparator()), watch.err());
            assertEquals(List.of("cv-academic.pdf"), names(out));
            assertTrue(watch.out.toString().startsWith(pdf + System.lineSeparator()), watch.out.toString());
        }
    }

    @Test
    void stoppingRightAfterTheFirstRenderEndsTheRehearsalsAndLeavesThatPdfAlone() throws Exception {
        Path cv = Files.writeString(dir.resolve("cv.yaml"), CliTest.GOOD);
        Path out = dir.resolve("out");
        Path pdf = out.resolve("cv-academic.pdf");
        try (Running watch = new Running(cv.toString(), "-o", out.toString())) {
            await("the watching line", FIRST_RENDER_S, () -> watch.err().contains("cvpress: watching " + cv));
            Object first = Files.readAttributes(pdf, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            byte[] bytes = Files.readAllBytes(pdf);
            Thread.sleep(300);
            assertEquals(0, watch.stop());
            assertEquals(first, Files.readAttributes(pdf, java.nio.file.attribute.BasicFileAttributes.class)
                    .fileKey(), "the PDF was written again without a save");
            assertArrayEquals(bytes, Files.readAllBytes(pdf));
            assertEquals(List.of("cv-academic.pdf"), names(out));
            assertEquals(1, watch.err().split("cvpress: rendered ", -1).length - 1, watch.err());
            assertTrue(watch.err().endsWith("cvpress: stopped watching" + System.lineSeparator()), watch.err());
        }
    }

    @Test
    void anEditedStyleDirectoryRendersAgainAndABrokenOneKeepsThePdf() throws Exception {
        Path styles = dir.resolve("styles");
        assertEquals(0, CliTest.cvpress("styles", "new", "mine", "--into", styles.toString()).code());
        Path css = styles.resolve("mine").resolve("style.css");
        String originalCss = Files.readString(css);
        Path cv = Files.writeString(dir.resolve("cv.yaml"), CliTest.GOOD);
        Path out = dir.resolve("out");
        Path pdf = out.resolve("cv-mine.pdf");
        try (Running watch = new Running(cv.toString(), "--style", styles.resolve("mine").toString(), "-o",
                out.toString())) {
            await("the first render", FIRST_RENDER_S, () -> watch.err().contains("cvpress: watching "));
            assertTrue(watch.err().contains(" and the style " + styles.resolve("mine").toAbsolutePath()),
                    watch.err());
            byte[] first = Files.readAllBytes(pdf);

            Files.writeString(css, originalCss + "\nh1 { color: #8b0000; }\n");
            await("the edited style's render", RERENDER_S, () -> !java.util.Arrays.equals(first, bytes(pdf)));
            byte[] edited = Files.readAllBytes(pdf);

            Files.writeString(css, "body {\n  color: red;\n");
            await("the broken style's error", RERENDER_S, () -> watch.err().contains("is never closed"));
            assertTrue(watch.err().contains(css + ":1: '{' is never closed; the last good outputs are kept"),
                    watch.err());
            assertArrayEquals(edited, Files.readAllBytes(pdf));
            assertEquals(0, watch.stop());
        }
    }

    @Test
    void outputsWrittenInsideTheStyleDirectoryDoNotCountAsAStyleChange() throws Exception {
        Path styles = dir.resolve("styles");
        assertEquals(0, CliTest.cvpress("styles", "new", "mine", "--into", styles.toString()).code());
        Path out = Files.createDirectories(styles.resolve("mine").resolve("out"));
        Path cv = Files.writeString(dir.resolve("cv.yaml"), CliTest.GOOD);
        try (Running watch = new Running(cv.toString(), "--style", styles.resolve("mine").toString(), "-f",
                "pdf,png,html", "-o", out.toString())) {
            await("the first render", FIRST_RENDER_S, () -> watch.err().contains("cvpress: watching "));
            Files.writeString(cv, CliTest.GOOD.replace("Jane Roe", "Janet Roe"));
            await("the save's render", RERENDER_S, () -> pdfText(out.resolve("cv-mine.pdf")).contains("Janet"));
            Thread.sleep(1500);
            assertEquals(2, watch.err().split("cvpress: rendered ", -1).length - 1, watch.err());
            assertEquals(0, watch.stop());
        }
    }

    @Test
    void ctrlCEndsTheWatchWithExitZeroAndNoTemporaryFiles() throws Exception {
        Path cv = Files.writeString(dir.resolve("cv.yaml"), CliTest.GOOD);
        Path out = dir.resolve("out");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Main.class.getName(), "render", "--watch", cv.toString(), "-o", out.toString());
        Path errFile = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errFile.toFile()).start();
        try {
            await("the watching line", FIRST_RENDER_S,
                    () -> new String(bytes(errFile), StandardCharsets.UTF_8).contains("cvpress: watching"));
            Files.writeString(cv, CliTest.GOOD.replace("Jane Roe", "Janet Roe"));
            await("the save's render", RERENDER_S, () -> pdfText(out.resolve("cv-academic.pdf")).contains("Janet"));
            // Ctrl-C sends SIGINT; where this JVM was started with SIGINT ignored, its children inherit that, and
            // SIGTERM (which ends the watch the same way) stands in for it.
            String signal = sigintIgnored() ? "-TERM" : "-INT";
            Process kill = new ProcessBuilder("kill", signal, Long.toString(p.pid())).start();
            assertTrue(kill.waitFor(RERENDER_S, TimeUnit.SECONDS) && kill.exitValue() == 0);
            assertTrue(p.waitFor(RERENDER_S, TimeUnit.SECONDS), "watch did not end on " + signal);
            String err = new String(bytes(errFile), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), err);
            assertTrue(err.endsWith("cvpress: stopped watching\n"), err);
            assertEquals(List.of("cv-academic.pdf"), names(out));
        } finally {
            p.destroyForcibly();
        }
    }

    /** Whether this process ignores SIGINT (bit 2 of SigIgn in /proc/self/status); false where that is unknown. */
    static boolean sigintIgnored() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & 2) != 0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return false;
        }
        return false;
    }
}
