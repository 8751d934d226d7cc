package cvpress.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged input never escapes as an exception, and one loader serves several threads. */
class RobustnessTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/rendercv/John_Doe_ClassicTheme_CV.yaml");

    @Test
    void randomlyDamagedCvsGiveDiagnosticsNeverExceptions() throws IOException {
        byte[] original = Files.readAllBytes(EXAMPLE);
        CvLoader loader = new CvLoader(Loading.TODAY);
        Random random = new Random(20261122);
        byte[] alphabet = ":-[]{}&*!|>'\"#\t\n ,?%@`~x0".getBytes();
        for (int round = 0; round < 400; round++) {
            byte[] damaged = original.clone();
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(damaged.length);
                damaged[at] = random.nextInt(10) == 0 ? (byte) random.nextInt(256)
                        : alphabet[random.nextInt(alphabet.length)];
            }
            LoadResult result = loader.load("damaged.yaml", damaged, EXAMPLE.getParent());
            assertNotNull(result);
            for (Diagnostic d : result.diagnostics()) {
                assertFalse(d.format().contains("\n"), d.format());
                assertTrue(d.format().startsWith("damaged.yaml"), d.format());
            }
            if (result.ok()) {
                assertNotNull(result.document());
            } else {
                assertNull(result.document());
            }
        }
    }

    @Test
    void oneLoaderLoadsOnSeveralThreadsAlike() throws Exception {
        CvLoader loader = new CvLoader(Loading.TODAY);
        CvDocument expected = loader.load(EXAMPLE).document();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CvDocument>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> loader.load(EXAMPLE).document()));
            }
            for (Future<CvDocument> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
