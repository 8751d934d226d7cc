package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cvpress.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] line = new String[args.length + 1];
        line[0] = "import";
        System.arraycopy(args, 0, line, 1, args.length);
        int code = Main.run(line, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void writesYamlToStandardOutputAndWarningsWithTheirLineToStandardError() throws IOException {
        Path in = write("cv.txt", "EDUCATION\n\nSome University\nB.S. in Physics\n2011 - 2015\n");
        Run r = run(in.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# imported from cv.txt by cvpress "), r.out());
        assertTrue(r.out().contains("institution: Some University"), r.out());
        assertTrue(r.err().contains(in + ": no name found"), r.err());
    }

    @Test
    void writesOneFileWithDashO() throws IOException {
        Path in = write("cv.txt", "# Ada Lovelace\nada@example.org\n\nSKILLS\n- Languages: English, French\n");
        Path out = dir.resolve("out/ada.yaml");
        Run r = run(in.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        String yaml = Files.readString(out);
        assertTrue(yaml.contains("name: Ada Lovelace") && yaml.contains("email: ada@example.org"), yaml);
    }

    @Test
    void writesEachInputIntoTheDirectoryWithDashD() throws IOException {
        Path a = write("a.txt", "# Ada Lovelace\n\nSKILLS\n- Maths\n");
        Path b = write("b.md", "# Alan Turing\n\nSKILLS\n- Logic\n");
        Run r = run("-d", dir.resolve("records").toString(), a.toString(), b.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(dir.resolve("records/a.yaml")));
        assertTrue(Files.exists(dir.resolve("records/b.yaml")));
    }

    @Test
    void reimportingTheSeedsReproducesTheirRecords() throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("-d", dir.toString()));
        List<Path> seeds = SeedImportTest.seeds().toList();
        seeds.forEach(p -> args.add(p.toString()));
        Run r = run(args.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        for (Path seed : seeds) {
            Path expected = SeedImportTest.yamlPath(seed);
            assertEquals(Files.readString(expected), Files.readString(dir.resolve(expected.getFileName())), seed.toString());
        }
    }

    @Test
    void dashOWithSeveralInputsIsAUsageError() throws IOException {
        Path a = write("a.txt", "x");
        Path b = write("b.txt", "y");
        Run r = run(a.toString(), b.toString(), "-o", dir.resolve("x.yaml").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("-o takes one input"), r.err());
        assertFalse(Files.exists(dir.resolve("x.yaml")));
    }

    @Test
    void refusesMissingBinaryAndPdfInputsWithOneLineEach() throws IOException {
        Path pdf = dir.resolve("cv.pdf");
        Files.write(pdf, "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        Path bin = dir.resolve("cv.bin");
        Files.write(bin, new byte[] {1, 2, 0, 3, 4, 5, 0, 0});
        Run r = run(dir.resolve("missing.txt").toString(), pdf.toString(), bin.toString());
        assertEquals(1, r.code());
        String[] lines = r.err().strip().split("\n");
        assertEquals(3, lines.length, r.err());
        assertTrue(lines[0].endsWith("missing.txt: error: no such file"), lines[0]);
        assertTrue(lines[1].contains("cv.pdf: error: cannot read the PDF"), lines[1]);
        assertTrue(lines[2].contains("cv.bin: error: is not a text file"), lines[2]);
    }

    @Test
    void importsARenderedPdf() throws Exception {
        cvpress.model.LoadResult loaded = new cvpress.model.CvLoader(java.time.LocalDate.of(2026, 1, 1))
                .load(Path.of("seeds/uw-systems-phd.yaml"));
        cvpress.style.Style academic = new cvpress.style.StyleCatalog(Path.of("").toAbsolutePath()).resolve("academic");
        Path pdf = dir.resolve("zhao.pdf");
        Files.write(pdf, new cvpress.render.Renderer().pdf(loaded.document(), academic));
        Run r = run(pdf.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("name: Liangyu Zhao") && r.out().contains("institution: University of Washington"),
                r.out());
    }

    @Test
    void readsLatin1WhenTheTextIsNotUtf8() throws IOException {
        Path in = dir.resolve("latin1.txt");
        Files.write(in, "# Zoë Müller\n\nSKILLS\n- Français, Español\n".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run(in.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("name: Zoë Müller"), r.out());
        assertTrue(r.err().contains("read as Latin-1"), r.err());
    }

    @Test
    void leavesAnExistingOutputAloneWhenTheInputFails() throws IOException {
        Path out = write("kept.yaml", "cv:\n  name: Kept\n");
        Run r = run(dir.resolve("missing.txt").toString(), "-o", out.toString());
        assertEquals(1, r.code());
        assertEquals("cv:\n  name: Kept\n", Files.readString(out));
    }
}
