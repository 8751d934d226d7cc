package cvpress.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader hands back the bytes it read, so that what it checked is what a PDF attaches. */
class LoadedBytesTest {

    private final CvLoader loader = new CvLoader(LocalDate.of(2026, 1, 15));

    @TempDir
    Path dir;

    @Test
    void theBytesReadComeBackUnchangedAndCannotBeChangedFromOutside() throws IOException {
        byte[] file = "\ufeffcv:\r\n  name: Jane Roe   # a comment\r\n".getBytes(StandardCharsets.UTF_8);
        Path cv = Files.write(dir.resolve("jane.yaml"), file);

        LoadResult loaded = loader.load(cv);
        Files.writeString(cv, "cv:\n  name: Someone Else\n");

        assertTrue(loaded.ok());
        assertArrayEquals(file, loaded.content());
        loaded.content()[0] = 'x';
        assertArrayEquals(file, loaded.content());
    }

    @Test
    void contentLoadedFromMemoryAndFilesWithErrorsKeepTheirBytes() throws IOException {
        byte[] bad = "cv:\n  name: [unclosed\n".getBytes(StandardCharsets.UTF_8);
        Path cv = Files.write(dir.resolve("bad.yaml"), bad);
        LoadResult fromFile = loader.load(cv);
        assertFalse(fromFile.ok());
        assertArrayEquals(bad, fromFile.content());

        byte[] good = "cv:\n  name: Jane Roe\n".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(good, loader.load("jane.yaml", good, dir).content());
    }

    @Test
    void aFileThatCouldNotBeReadHasNoBytes() {
        assertNull(loader.load(dir.resolve("missing.yaml")).content());
        assertNull(loader.load(dir).content());
    }
}
