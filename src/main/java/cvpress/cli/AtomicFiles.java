package cvpress.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes sets of output files so that each either appears complete or not at all: every file goes to a
 * temporary sibling first, and only when all of a set are written are they moved into place. The instance keeps
 * the temporary files still being written; {@link #abandon()} (run by a shutdown hook when the JVM is stopped,
 * see {@link #removingLeftoversOnExit()}) deletes them and refuses further writes, so a SIGTERM or Ctrl-C
 * leaves finished outputs and nothing else. Safe to use from several threads at once.
 */
final class AtomicFiles {

    /** Opens a stream to a temporary file that exists and is empty; a seam for tests that simulate a full disk. */
    @FunctionalInterface
    interface Opener {
        OutputStream open(Path temp) throws IOException;
    }

    /** Writing one output failed; {@link #target()} names the file that could not be written. */
    static final class Failure extends IOException {
        private final Path target;

        Failure(Path target, IOException cause) {
            super(target + ": " + FileRenderer.describe(cause), cause);
            this.target = target;
        }

        Path target() {
            return target;
        }

        /** The reason alone, without the file's name. */
        String reason() {
            return FileRenderer.describe((IOException) getCause());
        }
    }

    private static final Set<PosixFilePermission> OWNER_ONLY =
            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final Opener opener;
    private final Set<Path> inFlight = new LinkedHashSet<>();
    private boolean abandoned;
    /** The last number given to a temporary file's name. */
    private long temps;

    AtomicFiles() {
        this(temp -> Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
    }

    AtomicFiles(Opener opener) {
        this.opener = opener;
    }

    /** Writes all outputs with a fresh instance that cleans up after itself if the JVM is stopped meanwhile. */
    static void writeAll(Map<Path, byte[]> outputs) throws IOException {
        AtomicFiles files = new AtomicFiles();
        try (Registration ignored = files.removingLeftoversOnExit()) {
            files.write(outputs);
        }
    }

    /**
     * Writes all outputs, or none of them when any write fails (existing files are then left as they were).
     *
     * @throws Failure naming the output that could not be written; a plain {@link IOException} when the
     *     directory it goes into cannot be made
     */
    void write(Map<Path, byte[]> outputs) throws IOException {
        List<Move> moves = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> e : outputs.entrySet()) {
                Path target = e.getKey().toAbsolutePath();
                Files.createDirectories(target.getParent());
                try {
                    moves.add(new Move(writeTemp(target, e.getValue()), target, e.getKey()));
                } catch (IOException ex) {
                    throw new Failure(e.getKey(), ex);
                }
            }
            for (Move m : moves) {
                try {
                    move(m.temp(), m.target());
                } catch (IOException ex) {
                    throw new Failure(m.named(), ex);
                }
            }
        } finally {
            for (Move m : moves) {
                Files.deleteIfExists(m.temp());
                forget(m.temp());
            }
        }
    }

    /** A written temporary file, where it goes, and that place as the caller named it. */
    private record Move(Path temp, Path target, Path named) {
    }

    /** Deletes every temporary file still being written and makes every later write fail; returns how many. */
    int abandon() {
        List<Path> left;
        synchronized (this) {
            abandoned = true;
            left = List.copyOf(inFlight);
            inFlight.clear();
        }
        for (Path temp : left) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // The JVM is stopping; a file that cannot be deleted now cannot be deleted at all.
            }
        }
        return left.size();
    }

    /** Calls {@link #abandon()} if the JVM shuts down before the returned registration is closed. */
    Registration removingLeftoversOnExit() {
        Thread hook = new Thread(this::abandon, "cvpress-remove-partial-outputs");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            abandon();
        }
        return new Registration(hook);
    }

    /** A shutdown hook that is removed again on {@link #close()}. */
    static final class Registration implements AutoCloseable {
        private final Thread hook;

        private Registration(Thread hook) {
            this.hook = hook;
        }

        @Override
        public void close() {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or has run: it is the one cleaning up.
            }
        }
    }

    /**
     * Creates the temporary sibling of {@code target} and opens it while holding the lock, so that a concurrent
     * {@link #abandon()} either sees it or makes this fail; then writes the content.
     */
    private Path writeTemp(Path target, byte[] content) throws IOException {
        Path dir = target.getParent();
        Path temp;
        OutputStream out;
        synchronized (this) {
            if (abandoned) {
                throw new IOException("cvpress is stopping; nothing more is written");
            }
            temp = createTemp(dir, target);
            inFlight.add(temp);
            try {
                out = opener.open(temp);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                inFlight.remove(temp);
                throw e;
            }
        }
        try (out) {
            out.write(content);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            forget(temp);
            throw e;
        }
        keepOrOpenPermissions(temp, target);
        return temp;
    }

    /**
     * A new, empty file beside {@code target}, {@code .NAME.N.part}, readable by its owner alone where the file
     * system has POSIX permissions. It is created only if no file of that name exists (nor a link), else the next
     * number is tried: as safe as {@link Files#createTempFile}, whose random names cost a cold render the start of
     * the JDK's security providers and of a SecureRandom (some 10 ms). Called with this instance's lock held.
     */
    private Path createTemp(Path dir, Path target) throws IOException {
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        while (true) {
            Path temp = dir.resolve("." + target.getFileName() + "." + ++temps + ".part");
            try {
                return posix ? Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                        : Files.createFile(temp);
            } catch (FileAlreadyExistsException taken) {
                // Another process, or a run that was killed, holds this name: try the next one.
            }
        }
    }

    private synchronized void forget(Path temp) {
        inFlight.remove(temp);
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
