package cvpress.bench;

import cvpress.model.CvLoader;
import cvpress.model.LoadResult;
import cvpress.render.Renderer;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For {@code make bench}: a fixed number of renders of one CV on one thread and on two (alternating, in halves), in
 * one warm JVM sharing one renderer (as {@code render --jobs} does), with the live heap after the warm-up and after all the renders.
 * Prints one line: {@code renders=N seconds1=S seconds2=S heapWarm=BYTES heapAfter=BYTES}.
 */
public final class Scaling {

    private final Path file;
    private final Style style;
    private final CvLoader loader = new CvLoader(LocalDate.of(2026, 1, 1));
    private final Renderer renderer = new Renderer();

    private Scaling(Path file, Style style) {
        this.file = file;
        this.style = style;
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Style style = new StyleCatalog(Path.of("").toAbsolutePath()).resolve(args[1]);
        int renders = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        Scaling scaling = new Scaling(file, style);
        scaling.run(2, warmup);
        long heapWarm = liveHeap();
        // Each count in two halves, one thread then two, twice: a machine whose speed drifts during the run slows
        // both alike, rather than whichever ran second.
        double one = 0;
        double two = 0;
        for (int half : new int[] {renders / 2, renders - renders / 2}) {
            one += scaling.run(1, half);
            two += scaling.run(2, half);
        }
        long heapAfter = liveHeap();
        System.out.printf(Locale.ROOT, "renders=%d seconds1=%.3f seconds2=%.3f heapWarm=%d heapAfter=%d%n", renders,
                one, two, heapWarm, heapAfter);
    }

    /** Renders {@code count} times on {@code threads} threads and returns the wall time in seconds. */
    private double run(int threads, int count) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    int bytes = 0;
                    while (next.getAndIncrement() < count) {
                        bytes += render();
                    }
                    return bytes;
                }));
            }
            for (Future<Integer> worker : workers) {
                worker.get();
            }
            return (System.nanoTime() - started) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    private int render() throws Exception {
        LoadResult loaded = loader.load(file);
        if (!loaded.ok()) {
            throw new IllegalStateException(file + " does not load: " + loaded.diagnostics());
        }
        return renderer.pdf(loaded.document(), style).length;
    }

    /** The heap in use after full collections: what the renders keep, not what they have yet to free. */
    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
