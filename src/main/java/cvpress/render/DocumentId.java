package cvpress.render;

import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * A PDF document /ID derived from content: the CRC-32C, CRC-32 and Adler-32 of the bytes and their length, 16 bytes
 * in all. An /ID only has to tell documents apart and, here, to be the same for the same content; it is no
 * cryptographic digest. The JDK computes these checksums natively or with intrinsics, where a SHA-256 first loaded
 * and initialised the security providers, some 10 ms of a cold render.
 */
final class DocumentId {

    /** The /ID's length in bytes. */
    static final int LENGTH = 16;

    private DocumentId() {
    }

    static byte[] of(byte[] content) {
        byte[] id = new byte[LENGTH];
        put(id, 0, checksum(new CRC32C(), content));
        put(id, 4, checksum(new CRC32(), content));
        put(id, 8, checksum(new Adler32(), content));
        put(id, 12, content.length);
        return id;
    }

    private static long checksum(Checksum checksum, byte[] content) {
        checksum.update(content, 0, content.length);
        return checksum.getValue();
    }

    private static void put(byte[] id, int at, long value) {
        for (int i = 0; i < 4; i++) {
            id[at + i] = (byte) (value >>> (24 - 8 * i));
        }
    }
}
