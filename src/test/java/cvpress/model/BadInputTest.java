package cvpress.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inputs that are not a CV at all: each gives one located error, never an exception. */
class BadInputTest {

    @TempDir
    Path dir;

    private final CvLoader loader = new CvLoader(Loading.TODAY);

    private LoadResult loadBytes(byte[] bytes) {
        return loader.load(Loading.FILE, bytes, dir);
    }

    private static void assertOnlyError(LoadResult result, String formatted) {
        assertNull(result.document());
        assertEquals(1, result.diagnostics().size(), () -> Loading.formatted(result));
        assertEquals(formatted, result.diagnostics().get(0).format());
    }

    @Test
    void fiftyMegabyteFileIsRefusedWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.yaml");
        byte[] line = "- a line of a very long list of entries\n".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        LoadResult result = loader.load(big);
        assertOnlyError(result, big + ": error: file is 50 MB, over the input size limit of 5 MB; raise it with --max-input-size");
    }

    @Test
    void aLargeFileWithinTheLimitLoads() {
        StringBuilder yaml = new StringBuilder("cv:\n  name: Ada\n  sections:\n    Experience:\n");
        int entries = 0;
        while (yaml.length() < 4_500_000) {
            yaml.append("      - company: Company ").append(entries++).append("\n        position: Engineer\n")
                    .append("        start_date: 2019-05\n        highlights:\n          - Built a useful thing\n");
        }
        LoadResult result = loadBytes(yaml.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(result.ok(), () -> Loading.formatted(result));
        assertEquals(entries, result.document().cv().sections().get(0).entries().size());
    }

    @Test
    void oversizedContentIsRefusedToo() {
        LoadResult result = loadBytes(new byte[6 * 1024 * 1024]);
        assertOnlyError(result, "cv.yaml: error: file is 6 MB, over the input size limit of 5 MB; raise it with --max-input-size");
    }

    @Test
    void invalidUtf8IsReportedAtItsFirstBadByte() {
        byte[] bytes = "cv:\n  name: Caf\u00e9 X\n  headline: ab".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xC3;
        bad[bytes.length + 1] = (byte) 0x28;
        bad[bytes.length + 2] = '\n';
        assertOnlyError(loadBytes(bad), "cv.yaml:3:15: error: the file is not valid UTF-8 (byte 0xC3); save it as UTF-8");
        byte[] latin1 = "cv:\n  name: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertOnlyError(loadBytes(latin1), "cv.yaml:2:12: error: the file is not valid UTF-8 (byte 0xE9); save it as UTF-8");
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreFine() {
        byte[] body = "cv:\r\n  name: Ada\r\n  email: ada@example.org\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        LoadResult result = loadBytes(withBom);
        assertTrue(result.ok(), () -> Loading.formatted(result));
        assertEquals("Ada", result.document().cv().name());
        LoadResult bad = loadBytes("cv:\r\n  name: Ada\r\n  emial: x\r\n".getBytes(StandardCharsets.UTF_8));
        Loading.expectOnly(bad, "cv.yaml:3:3: error: cv.emial: ", "did you mean 'email'?");
    }

    @Test
    void emptyAndBlankFilesSayACvNeedsACvBlock() {
        String expected = "cv.yaml: error: file is empty; a CV needs a cv: block";
        assertOnlyError(loadBytes(new byte[0]), expected);
        assertOnlyError(loadBytes(" \n\n\t \r\n".getBytes(StandardCharsets.UTF_8)), expected);
        assertOnlyError(loadBytes("# only a comment\n".getBytes(StandardCharsets.UTF_8)), expected);
    }

    @Test
    void topLevelListOrScalarIsRefused() {
        assertOnlyError(loadBytes("- cv\n- name\n".getBytes(StandardCharsets.UTF_8)),
                "cv.yaml:1:1: error: the top level must be a mapping with a cv key, not a list");
        assertOnlyError(loadBytes("just some words\n".getBytes(StandardCharsets.UTF_8)),
                "cv.yaml:1:1: error: the top level must be a mapping with a cv key, not a string");
    }

    @Test
    void missingCvBlockIsAnError() {
        Loading.expectOnly(Loading.load("settings:\n  current_date: today\n"), "cv.yaml:1:1: error: cv: ",
                "no cv: block");
    }

    @Test
    void binaryFilesGiveOneError() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertOnlyError(loadBytes(png), "cv.yaml:1:1: error: the file is not valid UTF-8 (byte 0x89); save it as UTF-8");
        byte[] nul = "cv:\n  name: a\u0000b\n".getBytes(StandardCharsets.UTF_8);
        assertOnlyError(loadBytes(nul),
                "cv.yaml:2:10: error: this is not a YAML text file (it contains the control character U+0000)");
        byte[] delete = "cv:\r\n  name: \u00e9\t\u0085 ok\r\n  headline: x\u007fy\n".getBytes(StandardCharsets.UTF_8);
        assertOnlyError(loadBytes(delete),
                "cv.yaml:3:14: error: this is not a YAML text file (it contains the control character U+007F)");
        byte[] c1 = "cv:\n  name: \u00e9\u009b\n".getBytes(StandardCharsets.UTF_8);
        assertOnlyError(loadBytes(c1),
                "cv.yaml:2:10: error: this is not a YAML text file (it contains the control character U+009B)");
    }

    @Test
    void missingFileAndDirectoryAreDiagnosticsNotExceptions() {
        Path missing = dir.resolve("nope.yaml");
        assertOnlyError(loader.load(missing), missing + ": error: no such file");
        assertOnlyError(loader.load(dir), dir + ": error: is a directory, not a CV file");
    }

    @Test
    void aFileOnDiskKnowsItsSourceAndDirectory() throws IOException {
        Path file = dir.resolve("ada.yaml");
        Files.writeString(file, "cv:\n  name: Ada\n");
        LoadResult result = loader.load(file);
        assertTrue(result.ok(), () -> Loading.formatted(result));
        assertEquals(file.toAbsolutePath().normalize(), result.document().source());
    }
}
