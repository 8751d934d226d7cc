package cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cvpress.model.CvLoader;
import cvpress.render.Renderer;
import cvpress.style.StyleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch meets an output it cannot write (full disk, read-only directory, a directory in the way): the error
 * names the file, nothing partial is left, the other files of the batch are still rendered, and the exit code
 * is 1.
 */
class OutputFaultsTest {

    @TempDir
    Path dir;

    static final String CV = """
            cv:
              name: %s
              sections:
                Experience:
                  - company: Acme
                    position: Engineer
                    start_date: 2020-01
                    end_date: present
            settings:
              current_date: 2026-01-15
            """;

    List<String> cvs(String... names) throws IOException {
        List<String> paths = new ArrayList<>();
        for (String name : names) {
            Path p = dir.resolve(name + ".yaml");
            Files.writeString(p, CV.formatted("Person " + name.toUpperCase(java.util.Locale.ROOT)));
            paths.add(p.toString());
        }
        return paths;
    }

    /** Every file under {@code root}, relative to it, sorted. */
    static List<String> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    /** A complete PDF: it ends with %%EOF and PDFBox reads its one page. */
    static void assertCompletePdf(Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        String tail = new String(bytes, Math.max(0, bytes.length - 8), Math.min(8, bytes.length),
                StandardCharsets.ISO_8859_1);
        assertTrue(tail.strip().endsWith("%%EOF"), pdf + " does not end with %%EOF");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertTrue(doc.getNumberOfPages() >= 1, pdf.toString());
        }
    }

    @Test
    void aDirectoryInTheWayFailsThatFileAloneAndTheBatchGoesOn() throws IOException {
        Path out = dir.resolve("out");
        Path blocked = out.resolve("b-academic.pdf");
        Files.createDirectories(blocked);
        Files.writeString(blocked.resolve("keep.txt"), "not a PDF");
        List<String> args = new ArrayList<>(List.of("render", "-j", "2", "-o", out.toString()));
        args.addAll(cvs("a", "b", "c"));

        CliTest.Run r = CliTest.cvpress(args.toArray(String[]::new));

        assertEquals(1, r.code(), r.err());
        String error = r.err().lines().filter(l -> l.contains("error")).findFirst().orElse("");
        assertTrue(error.startsWith(dir.resolve("b.yaml") + ": error: cannot write " + blocked + ": "), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("error")).count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(List.of("a-academic.pdf", "b-academic.pdf", "b-academic.pdf/keep.txt", "c-academic.pdf"),
                tree(out), "no temporary file, the directory in the way untouched");
        assertCompletePdf(out.resolve("a-academic.pdf"));
        assertCompletePdf(out.resolve("c-academic.pdf"));
        assertTrue(r.err().contains("1 of 3 files failed; 2 outputs written"), r.err());
    }

    @Test
    void aFullDiskFailsThatFileAloneAndLeavesNothingOfIt() throws Exception {
        Path out = dir.resolve("out");
        Path full = out.resolve("b-academic.pdf").toAbsolutePath();
        AtomicFiles files = new AtomicFiles(temp -> temp.getFileName().toString().startsWith(".b-academic.pdf")
                ? AtomicFilesTest.diskFullAfter(2000).open(temp)
                : Files.newOutputStream(temp, StandardOpenOption.WRITE));
        FileRenderer renderer = new FileRenderer(new CvLoader(LocalDate.of(2026, 1, 15)), new Renderer(),
                new StyleCatalog(Path.of("").toAbsolutePath()), List.of(), EnumSet.of(OutputFormat.PDF), out, 100,
                false, false, files);
        Map<String, Path> claimed = new HashMap<>();
        List<FileRenderer.Outcome> outcomes = new ArrayList<>();
        for (String cv : cvs("a", "b", "c")) {
            outcomes.add(renderer.render(Path.of(cv), claimed));
        }

        assertTrue(outcomes.get(0).ok() && outcomes.get(2).ok(), outcomes.toString());
        FileRenderer.Outcome b = outcomes.get(1);
        assertFalse(b.ok());
        assertEquals(List.of(), b.written());
        assertEquals(List.of(dir.resolve("b.yaml") + ": error: cannot write " + full + ": No space left on device"),
                b.messages());
        assertEquals(List.of("a-academic.pdf", "c-academic.pdf"), tree(out), "nothing of b, not even a temporary file");
        assertCompletePdf(out.resolve("a-academic.pdf"));
        assertCompletePdf(out.resolve("c-academic.pdf"));
    }

    @Test
    void aDirectoryNobodyMayWriteInIsReportedAsRootToo() throws IOException {
        // sysfs refuses to create files for every user, root included (root ignores permission bits elsewhere).
        Path sys = Path.of("/sys");
        Assumptions.assumeTrue(Files.isDirectory(sys.resolve("kernel")), "needs Linux's /sys");
        List<String> args = new ArrayList<>(List.of("render", "-o", sys.toString()));
        args.addAll(cvs("a", "b"));

        CliTest.Run r = CliTest.cvpress(args.toArray(String[]::new));

        assertEquals(1, r.code(), r.err());
        for (String name : List.of("a", "b")) {
            assertTrue(r.err().contains(dir.resolve(name + ".yaml") + ": error: cannot write "
                    + sys.resolve(name + "-academic.pdf") + ": permission denied"), r.err());
            assertFalse(Files.exists(sys.resolve(name + "-academic.pdf")));
        }
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.err().contains("2 of 2 files failed; 0 outputs written"), r.err());
    }

    @Test
    void aReadOnlyDirectoryKeepsItsFiles() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("a-academic.pdf"), "the previous render");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(out), "root may write in a read-only directory");
            List<String> args = new ArrayList<>(List.of("render", "-o", out.toString()));
            args.addAll(cvs("a"));

            CliTest.Run r = CliTest.cvpress(args.toArray(String[]::new));

            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().startsWith(dir.resolve("a.yaml") + ": error: cannot write "
                    + out.resolve("a-academic.pdf") + ": permission denied"), r.err());
            assertEquals(List.of("a-academic.pdf"), tree(out));
            assertEquals("the previous render", Files.readString(out.resolve("a-academic.pdf")));
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
