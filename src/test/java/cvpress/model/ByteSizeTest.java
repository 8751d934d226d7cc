package cvpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Sizes are read and written as people write them. */
class ByteSizeTest {

    @Test
    void readsSizesWithAndWithoutUnits() {
        assertEquals(20L * 1024 * 1024, ByteSize.parse("20MB").bytes());
        assertEquals(512L * 1024, ByteSize.parse("512 kB").bytes());
        assertEquals(1536L * 1024, ByteSize.parse("1.5mb").bytes());
        assertEquals(300_000, ByteSize.parse("300000").bytes());
        assertEquals(1L << 30, ByteSize.parse("1GiB").bytes());
    }

    @Test
    void refusesWhatIsNoSize() {
        for (String bad : new String[] {"", "big", "5 MBs", "-1MB", "0", "0.1", "2GB", "5e6"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ByteSize.parse(bad), bad);
            assertEquals(false, e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void writesTheShortestFaithfulForm() {
        assertEquals("5 MB", ByteSize.megabytes(5).toString());
        assertEquals("6.2 MB", new ByteSize(6_500_000).toString());
        assertEquals("1 kB", new ByteSize(1024).toString());
        assertEquals("900 bytes", new ByteSize(900).toString());
        assertEquals("1 byte", new ByteSize(1).toString());
    }

    @Test
    void aFileJustOverTheLimitIsGivenInBytes() {
        assertEquals("file is 5,242,881 bytes, over the input size limit of 5 MB; raise it with --max-input-size",
                ByteSize.megabytes(5).refusal(5L * 1024 * 1024 + 1).orElseThrow());
        assertEquals(java.util.Optional.empty(), ByteSize.megabytes(5).refusal(5L * 1024 * 1024));
    }
}
