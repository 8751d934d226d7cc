package cvpress.cli;

import cvpress.style.Style;
import cvpress.style.StyleException;
import cvpress.style.StyleSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Keeps CV files rendered while they are edited ({@code render --watch}): renders them once, then again after
 * every save of a file or of a style directory, until Ctrl-C or until the watching thread is interrupted.
 */
final class Watch {

    /**
     * Quiet time after the last event before rendering. Editors save in steps (a temporary file renamed over the old
     * one; a backup renamed away and a new file written; or truncate, then write) that follow each other within a
     * millisecond or two; should a save's steps straddle this time, its last step is an event of its own and the file
     * is rendered again then. The time is part of every save's latency.
     */
    private static final long QUIET_MS = 10;
    /**
     * Renders rehearsed (rendered without writing) right after the first outputs while no save is waiting, so that
     * the first saves are rendered by compiled code: without them the first ten saves of the longest seed took two
     * to five times as long as the later ones.
     */
    private static final int REHEARSALS = 10;
    /** The longest a render waits for a stream of events to settle. */
    private static final long MOST_MS = 500;
    /** How long Ctrl-C waits for a render under way to finish writing. */
    private static final long STOP_WAIT_S = 30;
    /** Files of a style directory whose change means the style changed (not editor swap or backup files). */
    private static final Set<String> STYLE_FILE_TYPES = Set.of("yaml", "yml", "mustache", "css", "ttf", "otf",
            "png", "jpg", "jpeg", "svg");

    /** Makes the file renderer afresh, reading the styles again so that an edited style directory is seen. */
    interface Renderers {
        FileRenderer make() throws StyleException;
    }

    private final Map<Path, Path> files = new LinkedHashMap<>();
    private final List<Path> styleDirs;
    private final Path outputDir;
    private final Renderers renderers;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<Path, byte[]> lastGood = new HashMap<>();
    private final Map<String, Path> claimed = new HashMap<>();
    private volatile boolean stopping;

    /**
     * @param files     the CV files, as the user named them
     * @param styleDirs style directories whose changes re-render every file
     * @param outputDir where the outputs go: files written there never count as a change of a style
     */
    Watch(List<Path> files, List<Path> styleDirs, Path outputDir, Renderers renderers, PrintWriter out,
          PrintWriter err) {
        for (Path file : files) {
            this.files.putIfAbsent(file.toAbsolutePath().normalize(), file);
        }
        this.styleDirs = styleDirs.stream().map(d -> d.toAbsolutePath().normalize()).toList();
        this.outputDir = outputDir.toAbsolutePath().normalize();
        this.renderers = renderers;
        this.out = out;
        this.err = err;
    }

    /** The directories of the styles that are read from disk (a user's style), to be watched too. */
    static List<Path> styleDirectories(List<Style> styles) {
        List<Path> dirs = new ArrayList<>();
        for (Style style : styles) {
            if (style.source() instanceof StyleSource.Directory d) {
                dirs.add(d.dir());
            }
        }
        return dirs;
    }

    /** Renders, then watches until stopped; returns the exit code (0 when stopped by Ctrl-C or an interrupt). */
    int run() {
        FileRenderer renderer;
        try {
            renderer = renderers.make();
        } catch (StyleException e) {
            err.println("cvpress: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        CountDownLatch finished = new CountDownLatch(1);
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            if (!register(service)) {
                return ExitCodes.FAILED;
            }
            Thread stopper = new Thread(() -> stopOnSignal(service, finished), "cvpress-watch-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            try {
                for (Path file : files.keySet()) {
                    render(renderer, file, true);
                }
                err.println("cvpress: watching " + describeWatched() + " for changes; Ctrl-C to stop");
                err.flush();
                loop(service, renderer);
                err.println("cvpress: stopped watching");
                out.flush();
                err.flush();
            } finally {
                finished.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(stopper);
                } catch (IllegalStateException shuttingDown) {
                    // The stopper is running and ends the process.
                }
            }
        } catch (IOException e) {
            err.println("cvpress: error: cannot watch: " + FileRenderer.describe(e));
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    /** Run on Ctrl-C (or kill): lets a render under way finish writing, then ends the process with 0. */
    private void stopOnSignal(WatchService service, CountDownLatch finished) {
        stopping = true;
        try {
            service.close();
            finished.await(STOP_WAIT_S, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            // Ending anyway.
        }
        out.flush();
        err.flush();
        Runtime.getRuntime().halt(ExitCodes.OK);
    }

    private boolean register(WatchService service) {
        Set<Path> dirs = new HashSet<>();
        for (Map.Entry<Path, Path> file : files.entrySet()) {
            Path dir = file.getKey().getParent();
            try {
                if (dirs.add(dir)) {
                    dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
                }
            } catch (IOException e) {
                err.println(file.getValue() + ": error: cannot watch its directory " + dir + ": "
                        + FileRenderer.describe(e));
                return false;
            }
        }
        for (Path styleDir : styleDirs) {
            try (Stream<Path> tree = Files.walk(styleDir)) {
                for (Path dir : tree.filter(Files::isDirectory).toList()) {
                    if (dirs.add(dir)) {
                        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                    }
                }
            } catch (IOException e) {
                err.println("cvpress: error: cannot watch the style directory " + styleDir + ": "
                        + FileRenderer.describe(e));
                return false;
            }
        }
        return true;
    }

    private void loop(WatchService service, FileRenderer first) {
        FileRenderer renderer = first;
        int rehearsals = REHEARSALS;
        while (!stopping) {
            Set<Path> changed = new HashSet<>();
            boolean[] styleChanged = {false};
            try {
                WatchKey key = rehearsals > 0 && !Thread.currentThread().isInterrupted() ? service.poll()
                        : service.take();
                if (key == null) {
                    rehearsals = rehearse(renderer) ? rehearsals - 1 : 0;
                    continue;
                }
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MOST_MS);
                while (key != null) {
                    collect(key, changed, styleChanged);
                    key.reset();
                    long left = deadline - System.nanoTime();
                    key = left <= 0 ? null
                            : service.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(QUIET_MS)), TimeUnit.NANOSECONDS);
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            if (styleChanged[0]) {
                try {
                    renderer = renderers.make();
                } catch (StyleException e) {
                    err.println("cvpress: " + e.getMessage() + "; the last good outputs are kept");
                    err.flush();
                    continue;
                }
                changed.addAll(files.keySet());
            }
            for (Path file : files.keySet()) {
                if (changed.contains(file) && !stopping) {
                    render(renderer, file, styleChanged[0]);
                }
            }
        }
    }

    /** Rehearses the first file that has rendered well; false when there is none or the rehearsal failed. */
    private boolean rehearse(FileRenderer renderer) {
        for (Map.Entry<Path, Path> file : files.entrySet()) {
            if (lastGood.containsKey(file.getKey())) {
                return renderer.rehearse(file.getValue());
            }
        }
        return false;
    }

    private void collect(WatchKey key, Set<Path> changed, boolean[] styleChanged) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.addAll(files.keySet());
                styleChanged[0] |= styleDirs.stream().anyMatch(dir::startsWith);
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (files.containsKey(path)) {
                changed.add(path);
            }
            if (isStyleFile(path) && !path.startsWith(outputDir) && styleDirs.stream().anyMatch(path::startsWith)) {
                styleChanged[0] = true;
            }
        }
    }

    private static boolean isStyleFile(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && STYLE_FILE_TYPES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Renders one file unless it is the same as at its last good render (and the style did not change). */
    private void render(FileRenderer renderer, Path file, boolean always) {
        Path given = files.get(file);
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            if (always) {
                err.println(given + ": error: no such file; it is rendered when it appears");
                err.flush();
            }
            return;
        } catch (IOException e) {
            err.println(given + ": error: cannot read it: " + FileRenderer.describe(e));
            err.flush();
            return;
        }
        if (!always && Arrays.equals(content, lastGood.get(file))) {
            return;
        }
        long started = System.nanoTime();
        FileRenderer.Outcome outcome = renderer.render(given, claimed);
        outcome.messages().forEach(err::println);
        outcome.written().forEach(out::println);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (outcome.ok()) {
            lastGood.put(file, content);
            err.println("cvpress: rendered " + given + " in " + ms + " ms");
        } else {
            err.println("cvpress: " + given + " not rendered; its last good output is kept");
        }
        out.flush();
        err.flush();
    }

    private String describeWatched() {
        StringBuilder s = new StringBuilder(String.join(", ", files.values().stream().map(Path::toString).toList()));
        for (Path dir : styleDirs) {
            s.append(" and the style ").append(dir);
        }
        return s.toString();
    }
}
