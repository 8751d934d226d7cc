package cvpress.bench;

import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/**
 * A fixed piece of work whose time says how fast the machine is at the moment: this machine's speed drifts by a third
 * between runs of the same code, so a bench table is read against the reference timed before and after it.
 */
final class MachineReference {

    static final String WHAT = "deflating 16 MB of generated text (zlib level 6)";
    static final int RUNS = 5;

    private static final int SIZE = 16 << 20;

    private MachineReference() {
    }

    /** The best of {@link #RUNS} times of the work, in milliseconds: zlib's native code, not the JIT's. */
    static double millis() {
        byte[] text = text();
        byte[] out = new byte[SIZE];
        double best = Double.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            Deflater deflater = new Deflater(6);
            deflater.setInput(text);
            deflater.finish();
            while (!deflater.finished()) {
                deflater.deflate(out);
            }
            deflater.end();
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
        }
        return best;
    }

    /** Words drawn from a fixed list by a fixed linear congruential sequence: the same bytes on every run. */
    private static byte[] text() {
        String[] words = ("curriculum vitae research engineer university publication conference distributed "
                + "systems learning model thesis advisor award grant teaching assistant 2019 2024 python java")
                .split(" ");
        StringBuilder b = new StringBuilder(SIZE + 32);
        long seed = 42;
        while (b.length() < SIZE) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            b.append(words[(int) ((seed >>> 33) % words.length)]).append(' ');
        }
        return b.substring(0, SIZE).getBytes(StandardCharsets.US_ASCII);
    }
}
