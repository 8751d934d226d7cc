package cvpress.bench;

import cvpress.model.CvDocument;
import cvpress.model.CvLoader;
import cvpress.model.LoadResult;
import cvpress.render.Renderer;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times warm renders (load + PDF) of one CV in one JVM, for {@code make bench}: prints the median and
 * the spread of the measured runs after a warm-up. Run by bench/bench.sh, never by the test suite.
 */
public final class WarmRender {

    private WarmRender() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String styleName = args.length > 1 ? args[1] : "academic";
        int warmup = 200;
        int runs = 100;
        Style style = new StyleCatalog(Path.of("").toAbsolutePath()).resolve(styleName);
        CvLoader loader = new CvLoader(LocalDate.of(2026, 1, 1));
        Renderer renderer = new Renderer();
        long[] nanos = new long[runs];
        int bytes = 0;
        for (int i = 0; i < warmup + runs; i++) {
            long t0 = System.nanoTime();
            LoadResult loaded = loader.load(file);
            CvDocument doc = loaded.document();
            bytes = renderer.pdf(doc, style).length;
            long t = System.nanoTime() - t0;
            if (i >= warmup) {
                nanos[i - warmup] = t;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "warm render (load + PDF), %s, %s: median %.1f ms, p10 %.1f ms, p90 %.1f ms over %d runs; %d bytes%n",
                file.getFileName(), styleName, nanos[runs / 2] / 1e6, nanos[runs / 10] / 1e6, nanos[runs * 9 / 10] / 1e6,
                runs, bytes);
    }
}
