package cvpress.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of output files so that each either appears complete or not at all: every file goes
 * to a temporary sibling first, and only when all are written are they moved into place.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes all outputs, or none of them when any write fails (existing files are then left as they were). */
    static void writeAll(Map<Path, byte[]> outputs) throws IOException {
        List<Path[]> moves = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> e : outputs.entrySet()) {
                Path target = e.getKey().toAbsolutePath();
                Path dir = target.getParent();
                Files.createDirectories(dir);
                Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
                moves.add(new Path[] {temp, target});
                Files.write(temp, e.getValue());
                keepOrOpenPermissions(temp, target);
            }
            for (Path[] m : moves) {
                move(m[0], m[1]);
            }
        } finally {
            for (Path[] m : moves) {
                Files.deleteIfExists(m[0]);
            }
        }
    }

    /** Temporary files are private to their owner; the output gets the target's old permissions, else rw-r--r--. */
    private static void keepOrOpenPermissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(temp, Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
