package cvpress.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The /ID is 16 bytes, the same for the same content and different when any byte or the length differs. */
class DocumentIdTest {

    @Test
    void isTheThreeChecksumsAndTheLength() {
        byte[] content = "123456789".getBytes(StandardCharsets.US_ASCII);
        // The check values of CRC-32C, CRC-32 and Adler-32 for "123456789", then the length.
        assertEquals("e3069283" + "cbf43926" + "091e01de" + "00000009",
                HexFormat.of().formatHex(DocumentId.of(content)));
    }

    @Test
    void followsEveryByteAndTheLength() {
        byte[] content = new byte[40_000];
        new Random(11).nextBytes(content);
        byte[] id = DocumentId.of(content);
        assertEquals(DocumentId.LENGTH, id.length);
        assertArrayEquals(id, DocumentId.of(content.clone()));
        Set<String> seen = new HashSet<>();
        seen.add(HexFormat.of().formatHex(id));
        Random where = new Random(12);
        for (int i = 0; i < 200; i++) {
            byte[] changed = content.clone();
            changed[where.nextInt(changed.length)] ^= (byte) (1 + where.nextInt(255));
            assertTrue(seen.add(HexFormat.of().formatHex(DocumentId.of(changed))), "a changed byte kept an /ID");
        }
        assertTrue(seen.add(HexFormat.of().formatHex(DocumentId.of(java.util.Arrays.copyOf(content, 40_001)))),
                "a longer content kept the /ID");
        assertTrue(seen.add(HexFormat.of().formatHex(DocumentId.of(new byte[0]))));
    }
}
