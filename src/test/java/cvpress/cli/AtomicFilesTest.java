package cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs appear complete or not at all: on a full disk, and when the JVM is stopped while they are written. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    /** Opens the real temporary file, but fails like a full disk once {@code limit} bytes have been written. */
    static AtomicFiles.Opener diskFullAfter(int limit) {
        return temp -> new FilterOutputStream(Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > limit) {
                    throw new IOException("No space left on device");
                }
                super.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = 0; i < len; i++) {
                    write(b[off + i]);
                }
            }
        };
    }

    List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(dir::relativize).sorted().toList();
        }
    }

    @Test
    void temporaryNamesAlreadyTakenAreSkippedAndLeftAlone() throws IOException {
        Path leftover = Files.writeString(dir.resolve(".cv.pdf.1.part"), "a killed run's file");
        Path link = Files.createSymbolicLink(dir.resolve(".cv.pdf.2.part"), dir.resolve("elsewhere"));
        Set<String> seen = new java.util.HashSet<>();
        AtomicFiles files = new AtomicFiles(temp -> {
            seen.add(temp.getFileName() + " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(temp)));
            return Files.newOutputStream(temp, StandardOpenOption.WRITE);
        });
        files.write(Map.of(dir.resolve("cv.pdf"), new byte[] {1, 2, 3}));
        assertEquals(Set.of(".cv.pdf.3.part rw-------"), seen);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(dir.resolve("cv.pdf")));
        assertEquals("a killed run's file", Files.readString(leftover));
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.notExists(dir.resolve("elsewhere")), "the write followed a link it found");
        assertEquals(List.of(Path.of(".cv.pdf.1.part"), Path.of(".cv.pdf.2.part"), Path.of("cv.pdf")), files());
    }

    @Test
    void aFullDiskLeavesNoPartialFileAndTheOldOutputIntact() throws IOException {
        Path old = dir.resolve("cv-academic.pdf");
        Files.writeString(old, "the previous render");
        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        outputs.put(dir.resolve("cv-academic.html"), new byte[10]);
        outputs.put(old, new byte[5000]);
        AtomicFiles.Failure failure = assertThrows(AtomicFiles.Failure.class,
                () -> new AtomicFiles(diskFullAfter(4096)).write(outputs));
        assertEquals(old, failure.target());
        assertEquals("No space left on device", failure.reason());
        assertEquals(List.of(Path.of("cv-academic.pdf")), files(), "no temporary file, no half of the set");
        assertEquals("the previous render", Files.readString(old));
    }

    @Test
    void aWriteThatFitsIsComplete() throws IOException {
        byte[] content = new byte[4096];
        content[4095] = 7;
        new AtomicFiles(diskFullAfter(4096)).write(Map.of(dir.resolve("a.pdf"), content));
        assertEquals(List.of(Path.of("a.pdf")), files());
        assertArrayEquals(content, Files.readAllBytes(dir.resolve("a.pdf")));
    }

    @Test
    void abandoningDeletesFilesBeingWrittenAndRefusesLaterWrites() throws Exception {
        CountDownLatch opened = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        AtomicFiles files = new AtomicFiles(temp -> {
            OutputStream real = Files.newOutputStream(temp, StandardOpenOption.WRITE);
            return new FilterOutputStream(real) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    real.write(b, off, len / 2);
                    opened.countDown();
                    try {
                        resume.await();
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                    real.write(b, off + len / 2, len - len / 2);
                }
            };
        });
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
            try {
                files.write(Map.of(dir.resolve("cv.pdf"), new byte[1000]));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(opened.await(10, TimeUnit.SECONDS));
        assertEquals(1, files().size(), "the temporary file exists while it is written");
        assertEquals(1, files.abandon(), "one file was in flight");
        assertEquals(List.of(), files(), "abandon removed it");
        resume.countDown();
        Exception e = assertThrows(Exception.class, () -> writing.get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause().getCause() instanceof AtomicFiles.Failure, e.toString());
        assertEquals(List.of(), files(), "the interrupted write left nothing");
        IOException later = assertThrows(IOException.class,
                () -> files.write(Map.of(dir.resolve("other.pdf"), new byte[1])));
        assertTrue(later.getMessage().contains("stopping"), later.getMessage());
        assertEquals(List.of(), files());
    }

    @Test
    void finishedOutputsSurviveAbandon() throws IOException {
        AtomicFiles files = new AtomicFiles();
        files.write(Map.of(dir.resolve("done.pdf"), new byte[] {1, 2, 3}));
        assertEquals(0, files.abandon());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(dir.resolve("done.pdf")));
    }
}
