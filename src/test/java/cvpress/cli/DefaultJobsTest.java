package cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How many files {@code render} renders at once when {@code --jobs} is not given. */
class DefaultJobsTest {

    @Test
    void oneFileOrASmallBatchRendersOnOneThread() {
        assertEquals(1, FileRenderer.defaultThreads(1, 3, 8));
        assertEquals(1, FileRenderer.defaultThreads(6, 3, 2), "the seeds in every built-in style");
        assertEquals(1, FileRenderer.defaultThreads(FileRenderer.RENDERS_PER_THREAD, 0, 8),
                "no --style: each file in its own style, one render a file");
    }

    @Test
    void aThreadIsAddedForEachFurtherShareOfRendersUpToTheCores() {
        int per = FileRenderer.RENDERS_PER_THREAD;
        assertEquals(2, FileRenderer.defaultThreads(per + 1, 1, 8));
        assertEquals(2, FileRenderer.defaultThreads(12, 3, 2));
        assertEquals(2, FileRenderer.defaultThreads(1000, 3, 2), "never more threads than cores");
        assertEquals(5, FileRenderer.defaultThreads(4 * per + 1, 1, 8));
        assertEquals(8, FileRenderer.defaultThreads(Integer.MAX_VALUE, Integer.MAX_VALUE, 8), "no overflow");
    }

    @Test
    void neverMoreThreadsThanFiles() {
        assertEquals(3, FileRenderer.defaultThreads(3, 100, 8), "three files in many styles");
        assertEquals(1, FileRenderer.defaultThreads(1, 1000, 8));
    }
}
