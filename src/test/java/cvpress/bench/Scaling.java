package cvpress.bench;

import cvpress.model.CvLoader;
import cvpress.model.LoadResult;
import cvpress.render.Renderer;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import java.lang.management.CompilationMXBean;
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
 * For {@code make bench}: a fixed number of renders of one CV on one thread and on two, in one warm JVM sharing one
 * renderer (as {@code render --jobs} does), with the live heap after the warm-up and after all the renders. The
 * warm-up renders on two threads, in rounds, until the JIT compiler is all but idle; then the renders run in
 * {@value #ROUNDS} equal rounds, each on one thread and then on two, and a round during which the
 * compiler woke up again is run again (up to {@value #MAX_ROUNDS} rounds in all). Prints one line:
 * {@code renders=N warmup=N seconds1=S seconds2=S ratios=R,…,R redone=N rendered=N heapWarm=BYTES
 * heapAfter=BYTES}: the renders, seconds and ratios of the rounds kept, and the renders of all timed rounds.
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

    /**
     * Rounds the timed renders come in, each on one thread and then on two: ten, since this machine's speed drifts from
     * one few-second stretch to the next, so that a round's ratio reads anywhere from 1.5 to 2.0 and the median of four
     * moved by a tenth from run to run.
     */
    static final int ROUNDS = 10;

    /** Rounds timed at most, those run again included. */
    private static final int MAX_ROUNDS = 30;

    /** Warm-up renders per round (on two threads), at least, and at most in all. */
    private static final int WARMUP_ROUND = 250;
    private static final int WARMUP_MIN = 1000;
    private static final int WARMUP_MAX = 10_000;

    /**
     * A warm-up round in which the compiler worked for less than this share of the round's wall time ends it; a timed
     * round is kept when the compiler worked for less than this share of each half's wall time.
     */
    private static final double QUIET_COMPILER = 0.05;

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Style style = new StyleCatalog(Path.of("").toAbsolutePath()).resolve(args[1]);
        int renders = Integer.parseInt(args[2]);
        Scaling scaling = new Scaling(file, style);
        int warmup = scaling.warmUp();
        long heapWarm = liveHeap();
        // Alternating within each round, a machine whose speed drifts during the run slows both alike; the median of
        // the rounds' ratios leaves out a round that a neighbour's load spoilt. C2 goes on compiling now and then long
        // after the warm-up (methods called once a render reach its queue late): a round in which it does is run again,
        // since on two cores its work takes a core from two threads and none from one.
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        double one = 0;
        double two = 0;
        int kept = 0;
        int timed = 0;
        int rendered = 0;
        List<String> ratios = new ArrayList<>();
        while (ratios.size() < ROUNDS && timed < MAX_ROUNDS) {
            int count = renders / ROUNDS + (ratios.size() < renders % ROUNDS ? 1 : 0);
            long before = compiler.getTotalCompilationTime();
            double oneThread = scaling.run(1, count);
            long between = compiler.getTotalCompilationTime();
            double twoThreads = scaling.run(2, count);
            long after = compiler.getTotalCompilationTime();
            timed++;
            rendered += 2 * count;
            if (quiet(between - before, oneThread) && quiet(after - between, twoThreads)) {
                one += oneThread;
                two += twoThreads;
                kept += count;
                ratios.add(String.format(Locale.ROOT, "%.3f", oneThread / twoThreads));
            }
        }
        long heapAfter = liveHeap();
        System.out.printf(Locale.ROOT, "renders=%d warmup=%d seconds1=%.3f seconds2=%.3f ratios=%s redone=%d "
                + "rendered=%d heapWarm=%d heapAfter=%d%n", kept, warmup, one, two, String.join(",", ratios),
                timed - ratios.size(), rendered, heapWarm, heapAfter);
    }

    /**
     * Renders on two threads, a round at a time, until the JIT compiler spent less than {@value #QUIET_COMPILER} of a
     * round compiling (after {@value #WARMUP_MIN} renders at least): with C2 it keeps one core busy for thousands of
     * renders, which a timed round on two threads would pay for and one on one thread would not. Returns the renders.
     */
    private int warmUp() throws Exception {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        int done = 0;
        while (done < WARMUP_MAX) {
            long compiling = compiler.getTotalCompilationTime();
            double seconds = run(2, WARMUP_ROUND);
            done += WARMUP_ROUND;
            if (done >= WARMUP_MIN && quiet(compiler.getTotalCompilationTime() - compiling, seconds)) {
                break;
            }
        }
        return done;
    }

    /** Whether the compiler's {@code compilingMillis} were under {@value #QUIET_COMPILER} of {@code seconds}. */
    private static boolean quiet(long compilingMillis, double seconds) {
        return compilingMillis / 1000.0 < QUIET_COMPILER * seconds;
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
