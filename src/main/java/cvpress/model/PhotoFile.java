package cvpress.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a CV's photo may be: a PNG or JPEG image of at most 8 MB, told by its first bytes, not its name. */
final class PhotoFile {

    static final long MAX_BYTES = 8L * 1024 * 1024;

    private PhotoFile() {
    }

    /** Why {@code file} cannot be the photo (to follow its quoted name), or null when it can. */
    static String problem(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return "is larger than 8 MB";
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(4);
            }
            boolean png = head.length == 4 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N'
                    && head[3] == 'G';
            boolean jpeg = head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8
                    && (head[2] & 0xff) == 0xff;
            return png || jpeg ? null : "is not a PNG or JPEG image";
        } catch (IOException | SecurityException e) {
            return "cannot be read";
        }
    }
}
