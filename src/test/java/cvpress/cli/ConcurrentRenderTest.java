package cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cvpress.model.CvDocument;
import cvpress.model.CvLoader;
import cvpress.model.LoadResult;
import cvpress.render.Renderer;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Rendering shares one renderer (fonts, caches) between threads: 200 renders of a mix of CVs and styles on 4
 * threads give exactly the bytes, PDF and HTML, that the same renders give one by one on a fresh renderer.
 */
class ConcurrentRenderTest {

    private static final List<String> CVS = List.of("seeds/john-doe-rendercv.yaml",
            "seeds/peking-math-undergrad-plain.yaml", "seeds/uw-systems-phd.yaml",
            "src/test/resources/cvs/every-entry-type.yaml");
    private static final int RENDERS = 200;

    /** One render to do: a CV in a style. */
    record Job(String file, CvDocument doc, Style style) {
    }

    @Test
    void rendersOnFourThreadsAreByteIdenticalToRendersOneByOne() throws Exception {
        CvLoader loader = new CvLoader(LocalDate.of(2026, 1, 15));
        StyleCatalog catalog = new StyleCatalog(Path.of("").toAbsolutePath());
        List<Job> jobs = new ArrayList<>();
        for (String file : CVS) {
            LoadResult loaded = loader.load(Path.of(file));
            assertTrue(loaded.ok(), file + ": " + loaded.errors());
            for (Style style : catalog.builtIns()) {
                jobs.add(new Job(file, loaded.document(), style));
            }
        }
        assertTrue(jobs.size() >= 12, "a mix of CVs and styles");

        Renderer oneByOne = new Renderer();
        List<String> expected = new ArrayList<>();
        for (Job job : jobs) {
            expected.add(digest(oneByOne, job));
        }

        Renderer shared = new Renderer();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < RENDERS; i++) {
                Job job = jobs.get((i * 7) % jobs.size());
                results.add(pool.submit(() -> digest(shared, job)));
            }
            for (int i = 0; i < RENDERS; i++) {
                int k = (i * 7) % jobs.size();
                Job job = jobs.get(k);
                assertEquals(expected.get(k), results.get(i).get(5, TimeUnit.MINUTES),
                        "render " + i + ": " + job.file() + " in " + job.style().name());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** SHA-256 of the PDF and of the HTML of one render. */
    private static String digest(Renderer renderer, Job job) throws Exception {
        Renderer.Rendered r = renderer.render(job.doc(), job.style(), true, true);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String pdf = HexFormat.of().formatHex(sha.digest(r.pdf()));
        String html = HexFormat.of().formatHex(sha.digest(r.html().getBytes(StandardCharsets.UTF_8)));
        return pdf + " " + html;
    }
}
