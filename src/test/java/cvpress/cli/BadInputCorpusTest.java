package cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of the bad-input corpus ({@code src/test/resources/bad/}, described in its README) through the
 * command line as a user would, in a JVM held to 512 MB of heap (its own surefire execution), and checks what the
 * case says: the exit code, every line on standard error (each problem located, one line, all of a file's problems
 * in one run), no stack trace, no output written or changed but those the case names, and under 10 seconds.
 */
@Tag("bounded-heap")
class BadInputCorpusTest {

    static final Path ROOT = Path.of("src/test/resources/bad");
    static final long MAX_HEAP = 512L * 1024 * 1024;
    static final long SECONDS_PER_CASE = 10;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\*|input|in|out|style|tmp)}");
    private static final Pattern SUMMARY = Pattern.compile("cvpress: (rendered \\d+|\\d+ of \\d+ files failed).*");
    private static final byte[] SENTINEL = "an earlier output that must stay as it is\n".getBytes(StandardCharsets.UTF_8);

    private static ExecutorService runner;

    @TempDir
    Path tmp;

    /** Starts the runner and renders a good CV once, so that no case's time includes loading the typesetter. */
    @BeforeAll
    static void start(@TempDir Path warm) {
        runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "corpus-case");
            t.setDaemon(true);
            return t;
        });
        CliTest.Run r = CliTest.cvpress("render", ROOT.resolve("good.yaml").toString(), "-o", warm.toString());
        assertEquals(0, r.code(), r.err());
    }

    @AfterAll
    static void stop() {
        runner.shutdownNow();
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".case"))
                    .map(p -> ROOT.relativize(p).toString().replaceFirst("\\.case$", ""))
                    .sorted().toList().stream();
        }
    }

    @Test
    void theCorpusIsLargeAndRunsInABoundedHeap() throws IOException {
        assertTrue(cases().count() >= 60, "the corpus holds at least 60 cases");
        assertTrue(Runtime.getRuntime().maxMemory() <= MAX_HEAP + MAX_HEAP / 8,
                "run in the bounded-heap surefire execution (-Xmx512m), not with " + Runtime.getRuntime().maxMemory());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void behavesAsTheCaseSays(String name) throws Exception {
        Case c = Case.read(name);
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path style = tmp.resolve("style");
        Path input = c.prepare(in, style);
        String base = OutputNames.baseName(input);
        Map<String, String> vars = Map.of("{input}", input.toString(), "{in}", in.toString(),
                "{out}", out.toString(), "{style}", style.toString(), "{tmp}", tmp.toString());
        for (String sentinel : List.of("keep.pdf", base + "-academic.pdf", base + "-academic.html", base + ".yaml")) {
            Files.write(out.resolve(sentinel), SENTINEL);
        }
        Map<String, byte[]> before = snapshot(out);
        String[] args = c.run.stream().map(a -> substitute(a, vars)).toArray(String[]::new);

        long started = System.nanoTime();
        CliTest.Run r = runBounded(args);
        double seconds = (System.nanoTime() - started) / 1e9;

        String all = r.err() + r.out();
        String shown = "exit " + r.code() + "\n--- stderr\n" + r.err() + "--- stdout (start)\n"
                + r.out().substring(0, Math.min(r.out().length(), 500));
        assertEquals(c.exit, r.code(), shown);
        if (!Arrays.asList(args).contains("--verbose")) {
            assertFalse(all.contains("\tat ") || all.contains("Exception") || all.contains("internal error"),
                    "a stack trace or internal error: " + shown);
        }
        List<String> lines = new ArrayList<>(r.err().lines().toList());
        if (!lines.isEmpty() && SUMMARY.matcher(lines.get(lines.size() - 1)).matches()) {
            lines.remove(lines.size() - 1);
        }
        assertEquals(c.stderr.size(), lines.size(), "one line per problem, all of them: " + shown);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertTrue(line.length() <= 320, "not a short line: " + line);
            Pattern expected = expected(c.stderr.get(i), vars);
            assertTrue(expected.matcher(line).matches(), "line " + (i + 1) + " is\n  " + line + "\nnot\n  "
                    + expected + "\n" + shown);
        }
        Map<String, byte[]> after = snapshot(out);
        for (String written : c.writes) {
            assertTrue(after.containsKey(written), written + " was not written: " + after.keySet());
            byte[] bytes = after.get(written);
            assertFalse(Arrays.equals(SENTINEL, bytes), written + " was not rewritten");
            if (written.endsWith(".pdf")) {
                assertTrue(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), written + " is no PDF");
            }
            before.remove(written);
            after.remove(written);
        }
        assertEquals(before.keySet(), after.keySet(), "files appeared in or vanished from the output directory");
        for (Map.Entry<String, byte[]> e : before.entrySet()) {
            assertTrue(Arrays.equals(e.getValue(), after.get(e.getKey())), e.getKey() + " was changed");
        }
        assertTrue(seconds < SECONDS_PER_CASE, String.format("took %.1f s", seconds));
    }

    private static CliTest.Run runBounded(String[] args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Future<Integer> code = runner.submit(() -> Main.run(args, new PrintWriter(out), new PrintWriter(err)));
        try {
            return new CliTest.Run(code.get(SECONDS_PER_CASE * 3, TimeUnit.SECONDS), out.toString(), err.toString());
        } catch (TimeoutException e) {
            code.cancel(true);
            throw new AssertionError("no answer after " + SECONDS_PER_CASE * 3 + " s (a hang?): " + err);
        }
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                files.put(p.getFileName().toString(), Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
            }
        }
        return files;
    }

    private static String substitute(String text, Map<String, String> vars) {
        String result = text;
        for (Map.Entry<String, String> v : vars.entrySet()) {
            result = result.replace(v.getKey(), v.getValue());
        }
        return result;
    }

    /** The expected line as a pattern: literal text, with {@code {*}} for any text and the names for their values. */
    private static Pattern expected(String line, Map<String, String> vars) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(line);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(line.substring(last, m.start())));
            String name = m.group();
            if (name.equals("{*}")) {
                regex.append(".*");
            } else if (vars.containsKey(name)) {
                regex.append(Pattern.quote(vars.get(name)));
            } else {
                regex.append(Pattern.quote(name));
            }
            last = m.end();
        }
        regex.append(Pattern.quote(line.substring(last)));
        return Pattern.compile(regex.toString());
    }

    /** One case as its {@code .case} file describes it. */
    record Case(String name, Path dir, String input, List<String> files, List<String> generate, String styleOverlay,
                List<String> remove, List<String> symlinks, List<String> run, int exit, List<String> stderr,
                List<String> writes) {

        static Case read(String name) throws IOException {
            Path file = ROOT.resolve(name + ".case");
            Path dir = file.getParent();
            String stem = file.getFileName().toString().replaceFirst("\\.case$", "");
            String input = stem + ".yaml";
            List<String> files = new ArrayList<>();
            List<String> generate = new ArrayList<>();
            List<String> remove = new ArrayList<>();
            List<String> symlinks = new ArrayList<>();
            List<String> stderr = new ArrayList<>();
            List<String> writes = new ArrayList<>();
            String style = null;
            List<String> run = null;
            Integer exit = null;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon < 0) {
                    fail(file + ": not 'key: value': " + line);
                }
                String key = line.substring(0, colon).strip();
                String raw = line.substring(colon + 1);
                String value = raw.strip();
                switch (key) {
                    case "input" -> input = value;
                    case "files" -> files.addAll(List.of(value.split("\\s+")));
                    case "generate" -> generate.add(raw.startsWith(" ") ? raw.substring(1) : raw);
                    case "style" -> style = value;
                    case "remove" -> remove.add(value);
                    case "symlink" -> symlinks.add(value);
                    case "run" -> run = List.of(value.split("\\s+"));
                    case "exit" -> exit = Integer.parseInt(value);
                    case "stderr" -> stderr.add(value);
                    case "writes" -> writes.add(value);
                    default -> fail(file + ": unknown key " + key);
                }
            }
            if (run == null || exit == null) {
                fail(file + ": a case needs run: and exit:");
            }
            return new Case(name, dir, input, files, generate, style, remove, symlinks, run, exit, stderr, writes);
        }

        /** Puts the input (copied or generated), the other files, the style and the links in place; returns the input. */
        Path prepare(Path in, Path styleDir) throws IOException {
            Path input = in.resolve(Path.of(input()).getFileName().toString());
            if (input().equals("-")) {
                input = in.resolve("missing.yaml");
            } else if (generate.isEmpty()) {
                Files.copy(find(input()), input);
            } else {
                generate(input);
            }
            for (String f : files) {
                Path source = find(f);
                copyTree(source, in.resolve(source.getFileName().toString()));
            }
            if (styleOverlay != null) {
                copyTree(Path.of("styles", "academic"), styleDir);
                if (!styleOverlay.equals("-")) {
                    copyTree(find(styleOverlay), styleDir);
                }
                for (String r : remove) {
                    Files.delete(styleDir.resolve(r));
                }
            }
            for (String link : symlinks) {
                String[] parts = link.split("\\s*->\\s*");
                Files.createSymbolicLink(in.resolve(parts[0]),
                        Path.of(parts[1].replace("{tmp}", in.getParent().toString())).toAbsolutePath());
            }
            return input;
        }

        private Path find(String relative) {
            Path here = dir.resolve(relative);
            return Files.exists(here) ? here : ROOT.resolve(relative);
        }

        /**
         * Writes the input from its recipe, a line each: {@code text T} writes T, {@code repeat N T} writes T N times
         * ({@code {i}} counting from 1), {@code fill BYTES T} writes T until the file holds BYTES; in T, {@code \n},
         * {@code \t} and {@code \\} are escapes.
         */
        private void generate(Path file) throws IOException {
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                long written = 0;
                for (String step : generate) {
                    String[] parts = step.split(" ", 3);
                    switch (parts[0]) {
                        case "text" -> {
                            String t = unescape(step.substring(5));
                            w.write(t);
                            written += t.getBytes(StandardCharsets.UTF_8).length;
                        }
                        case "repeat" -> {
                            String t = unescape(parts[2]);
                            for (int i = 1; i <= Integer.parseInt(parts[1]); i++) {
                                String s = t.replace("{i}", Integer.toString(i));
                                w.write(s);
                                written += s.getBytes(StandardCharsets.UTF_8).length;
                            }
                        }
                        case "fill" -> {
                            String t = unescape(parts[2]);
                            long size = t.getBytes(StandardCharsets.UTF_8).length;
                            for (long target = Long.parseLong(parts[1]); written < target; written += size) {
                                w.write(t);
                            }
                        }
                        default -> fail(name + ": unknown recipe step " + step);
                    }
                }
            }
        }

        private static String unescape(String s) {
            Matcher m = Pattern.compile("\\\\([nt\\\\])").matcher(s);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String c = m.group(1);
                m.appendReplacement(b, Matcher.quoteReplacement(c.equals("n") ? "\n" : c.equals("t") ? "\t" : "\\"));
            }
            m.appendTail(b);
            return b.toString();
        }

        private static void copyTree(Path from, Path to) throws IOException {
            if (!Files.isDirectory(from)) {
                Files.createDirectories(to.getParent());
                Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            try (Stream<Path> s = Files.walk(from)) {
                for (Path p : s.toList()) {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
