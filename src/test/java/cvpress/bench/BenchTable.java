package cvpress.bench;

import cvpress.render.TextLayer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Statistics;

/**
 * {@code make bench}: runs every benchmark of the speed issue (#7) and prints one markdown table, each row with its
 * target and whether it is met. Whole-process rows run the launcher given as {@code -Dbench.launcher}; in-JVM rows
 * run under JMH ({@link WarmRender}, {@link WarmImport}) or in a JVM of their own ({@link Scaling}).
 */
public final class BenchTable {

    private static final Path TIME = Path.of("/usr/bin/time");

    /** One row of the table; {@code met} is null where the issue sets no target. */
    record Row(String what, String result, String target, Boolean met) {
        static Row failed(String what, String target, Exception e) {
            return new Row(what, "failed: " + e.getMessage(), target, false);
        }

        String format() {
            return "| " + what + " | " + result + " | " + target + " | "
                    + (met == null ? "" : met ? "met" : "**not met**") + " |";
        }
    }

    /** Wall times (ms) and peak resident sets (kB; empty without GNU time) of repeated runs of one command. */
    record Runs(double[] wallMs, double[] rssKb) {
        String wall() {
            return seconds(median(wallMs)) + " median (" + seconds(min(wallMs)) + "–" + seconds(max(wallMs)) + ", "
                    + wallMs.length + " runs)";
        }

        String rss() {
            return rssKb.length == 0 ? "n/a (no GNU time)" : megabytes(median(rssKb) * 1024) + " median (max "
                    + megabytes(max(rssKb) * 1024) + ")";
        }
    }

    private final List<String> launcher;
    private final Path longest;
    private final Path twoPage;
    private final int runs;
    private final Path tmp;

    private BenchTable(List<String> launcher, Path longest, Path twoPage, int runs, Path tmp) {
        this.launcher = launcher;
        this.longest = longest;
        this.twoPage = twoPage;
        this.runs = runs;
        this.tmp = tmp;
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        String loadBefore = loadAverage();
        List<String> launcher = List.of(System.getProperty("bench.launcher", "java -jar target/cvpress.jar")
                .trim().split("\\s+"));
        Path tmp = Files.createTempDirectory("cvpress-bench");
        List<Row> rows = new ArrayList<>();
        double referenceBefore = MachineReference.millis();
        double referenceAfter;
        try {
            BenchTable bench = new BenchTable(launcher,
                    Path.of(System.getProperty("bench.longest", "seeds/rochester-phd-ml-engineer.yaml")),
                    Path.of(System.getProperty("bench.twoPage", "seeds/john-doe-rendercv.yaml")),
                    Integer.getInteger("bench.runs", 7), tmp);
            bench.cold(rows);
            bench.jmh(rows);
            bench.batch(rows);
            bench.scaling(rows, Integer.getInteger("bench.renders", 1000));
            bench.watch(rows, Integer.getInteger("bench.saves", 10));
            referenceAfter = MachineReference.millis();
        } finally {
            deleteTree(tmp);
        }
        System.out.printf(Locale.ROOT, "machine: %d cores (%s), %s, %s %s; launcher: `%s`; load average %s before, "
                        + "%s after; bench took %.0f s%n", Runtime.getRuntime().availableProcessors(), cpuModel(),
                memory(), System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                String.join(" ", launcher), loadBefore, loadAverage(), (System.nanoTime() - started) / 1e9);
        System.out.printf(Locale.ROOT, "machine speed: %s took %.0f ms before the rows and %.0f ms after (best of "
                        + "%d; a slower reference means a slower machine: compare runs by it)%n", MachineReference.WHAT,
                referenceBefore, referenceAfter, MachineReference.RUNS);
        System.out.printf(Locale.ROOT, "warm rows: JMH, one fork per style with the JVM's default flags (C2, G1) on "
                + "the jar's class path, after %d × 1 s of warm-up (25 make 700 to 1,000 renders of the longest seed, "
                + "about where a render stops getting faster), %d × 1 s measured; the median of every sampled "
                + "render.%n",
                Integer.getInteger("bench.jmh.warmup", 25), Integer.getInteger("bench.jmh.measure", 10));
        System.out.println();
        System.out.println("| what | measured | target (#7) | |");
        System.out.println("|---|---|---|---|");
        rows.forEach(r -> System.out.println(r.format()));
    }

    /**
     * Cold renders, whole process: of the longest seed, the issue's row, and of the two-page CV, the size of CV the
     * issue's pdflatex figure (one pass, about 0.64 s) was measured on.
     */
    private void cold(List<Row> rows) {
        cold(rows, longest, "the longest seed");
        cold(rows, twoPage, "the 2-page CV");
    }

    private void cold(List<Row> rows, Path cv, String which) {
        String what = "cold `render` of " + which + " (" + cv.getFileName() + "), academic, whole process";
        try {
            List<String> command = new ArrayList<>(launcher);
            command.addAll(List.of("render", "--style", "academic", "-o", tmp.resolve("cold").toString(),
                    cv.toString()));
            Runs r = repeat(command, runs);
            rows.add(new Row(what, r.wall(), "≤ 0.6 s", median(r.wallMs) <= 600));
            rows.add(new Row("peak RSS of that process", r.rss(), "—", null));
        } catch (Exception e) {
            rows.add(Row.failed(what, "≤ 0.6 s", e));
        }
    }

    private void batch(List<Row> rows) throws IOException {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        String what = "`make pdf STYLE=all`: " + seeds.size() + " seeds × 3 styles in one JVM, whole process";
        try {
            List<String> command = new ArrayList<>(launcher);
            command.addAll(List.of("render", "--style", "all", "-o", tmp.resolve("batch").toString()));
            seeds.forEach(s -> command.add(s.toString()));
            Runs r = repeat(command, Math.max(5, runs - 2));
            rows.add(new Row(what, r.wall(), "≤ 2.5 s wall", median(r.wallMs) <= 2500));
            rows.add(new Row("peak RSS of that batch", r.rss(), "≤ 200 MB",
                    r.rssKb.length == 0 ? null : median(r.rssKb) * 1024 <= 200e6));
        } catch (Exception e) {
            rows.add(Row.failed(what, "≤ 2.5 s wall", e));
        }
    }

    /**
     * Warm renders under JMH, one fork per style with the JVM's default flags on the jar's class path (bench.sh): 25
     * one-second warm-up iterations (700 to 1,000 renders of the longest seed, about where a render stops getting
     * faster; JMH's usual ten, about 160 renders, were far from it), then 10 measured: under G1 the cost of a warm
     * render wanders by a quarter from one second to the next (under the serial collector it holds steady), and five
     * seconds sampled too few of those swings. Each row gives the mean of the first and the last measured iteration:
     * a steady state shows no fall between them.
     */
    private void jmh(List<Row> rows) {
        String what = "warm render of the longest seed, one JVM (JMH)";
        try {
            Collection<RunResult> renders = new Runner(jmhOptions(WarmRender.class,
                    Integer.getInteger("bench.jmh.warmup", 25))).run();
            double academic = Double.NaN;
            double onePage = Double.NaN;
            for (String style : List.of("academic", "industry", "one-page")) {
                RunResult r = find(renders, WarmRender.class, style);
                Statistics s = r.getPrimaryResult().getStatistics();
                double median = s.getPercentile(50);
                rows.add(new Row("warm render of the longest seed, " + style + ", one JVM (JMH: load + PDF)",
                        millis(median) + " median (p10 " + millis(s.getPercentile(10)) + ", p90 "
                                + millis(s.getPercentile(90)) + ", " + s.getN() + " renders; " + iterations(r) + ")",
                        style.equals("academic") ? "≤ 30 ms median" : "—",
                        style.equals("academic") ? median <= 30 : null));
                academic = style.equals("academic") ? median : academic;
                onePage = style.equals("one-page") ? median : onePage;
            }
            rows.add(new Row("one-page fitting cost: one-page / academic, same CV, warm",
                    String.format(Locale.ROOT, "%.1f×", onePage / academic), "—", null));
            Collection<RunResult> imports = new Runner(jmhOptions(WarmImport.class,
                    Integer.getInteger("bench.jmh.importWarmup", 10))).run();
            Statistics s = find(imports, WarmImport.class, null).getPrimaryResult().getStatistics();
            rows.add(new Row("import of all seeds/*.txt, one JVM, warm (JMH)",
                    millis(s.getPercentile(50)) + " median (" + s.getN() + " passes)", "—", null));
        } catch (Exception e) {
            rows.add(Row.failed(what, "≤ 30 ms median", e));
        }
    }

    private Options jmhOptions(Class<?> benchmark, int warmup) {
        return new OptionsBuilder()
                .include(Pattern.quote(benchmark.getName()))
                .param("file", longest.toString())
                .forks(1)
                .warmupIterations(warmup).warmupTime(TimeValue.seconds(1))
                .measurementIterations(Integer.getInteger("bench.jmh.measure", 10))
                .measurementTime(TimeValue.seconds(1))
                .verbosity(VerboseMode.SILENT)
                .shouldFailOnError(true)
                .build();
    }

    /** The mean of the first and of the last measured iteration, to show whether the warm-up reached steady state. */
    private static String iterations(RunResult result) {
        List<Double> means = new ArrayList<>();
        for (BenchmarkResult b : result.getBenchmarkResults()) {
            b.getIterationResults().forEach(i -> means.add(i.getPrimaryResult().getScore()));
        }
        return means.isEmpty() ? "no iterations" : "iteration means " + millis(means.get(0)) + " first, "
                + millis(means.get(means.size() - 1)) + " last";
    }

    private static RunResult find(Collection<RunResult> results, Class<?> benchmark, String style) {
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().startsWith(benchmark.getName() + ".")
                    && (style == null || style.equals(r.getParams().getParam("style")))) {
                return r;
            }
        }
        throw new IllegalStateException("JMH gave no result for " + benchmark.getSimpleName() + " " + style);
    }

    /**
     * The thread-scaling rows: on the JVM's default flags (with the live-heap row), then on bin/cvpress's options
     * (bin/jvm.options: C1 alone, the serial collector, its young generation), which is how {@code render --jobs}
     * runs from a checkout.
     */
    private void scaling(List<Row> rows, int renders) {
        scaling(rows, renders, List.of(), "default flags", true);
        scaling(rows, renders, List.of("@bin/jvm.options"), "bin/cvpress's flags", false);
    }

    private void scaling(List<Row> rows, int renders, List<String> flags, String flagsName, boolean heapRow) {
        String what = String.format(Locale.ROOT, "%,d renders of the 2-page CV (%s), academic, one JVM (%s): "
                + "1 thread / 2 threads", renders, twoPage.getFileName(), flagsName);
        try {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(flags);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Scaling.class.getName(),
                    twoPage.toString(), "academic", Integer.toString(renders)));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IOException("Scaling exited with " + p.exitValue() + ": " + lastLine(output));
            }
            Matcher m = Pattern.compile("renders=(\\d+) warmup=(\\d+) seconds1=([\\d.]+) seconds2=([\\d.]+) "
                    + "ratios=([\\d.,]*) redone=(\\d+) rendered=(\\d+) heapWarm=(\\d+) heapAfter=(\\d+)")
                    .matcher(output);
            if (!m.find()) {
                throw new IOException("unexpected output: " + lastLine(output));
            }
            int kept = Integer.parseInt(m.group(1));
            int warmup = Integer.parseInt(m.group(2));
            int redone = Integer.parseInt(m.group(6));
            if (m.group(5).isEmpty()) {
                throw new IOException("the JIT compiler was at work in every one of " + redone + " rounds");
            }
            double one = kept / Double.parseDouble(m.group(3));
            double two = kept / Double.parseDouble(m.group(4));
            double[] ratios = Arrays.stream(m.group(5).split(",")).mapToDouble(Double::parseDouble).toArray();
            double ratio = median(ratios);
            rows.add(new Row(what, String.format(Locale.ROOT, "%.1f / %.1f renders/s; %.2f× (median of %d rounds, "
                            + "%.2f–%.2f; after %,d warm-up renders; %d round%s run again for the compiler's work)",
                            one, two, ratio, ratios.length, min(ratios), max(ratios), warmup, redone,
                            redone == 1 ? "" : "s"), "≥ 1.7×", ratio >= 1.7));
            if (!heapRow) {
                return;
            }
            int rendered = Integer.parseInt(m.group(7));
            long warm = Long.parseLong(m.group(8));
            long after = Long.parseLong(m.group(9));
            rows.add(new Row(String.format(Locale.ROOT, "live heap after the %,d-render warm-up / after the %,d renders "
                            + "more (after full GC; met within +10 %%, a full-GC reading's noise)", warmup, rendered),
                    megabytes(warm) + " / " + megabytes(after) + String.format(Locale.ROOT, " (%+.0f %%)",
                            100.0 * (after - warm) / warm),
                    "memory flat (no growth after warm-up)", after <= warm * 1.10));
        } catch (Exception e) {
            rows.add(Row.failed(what, "≥ 1.7×", e));
        }
    }

    private void watch(List<Row> rows, int saves) {
        String what = "`render --watch`: save → new PDF on disk, longest seed, academic, warm";
        Process p = null;
        try {
            Path dir = Files.createDirectories(tmp.resolve("watch"));
            Path cv = dir.resolve("cv.yaml");
            String yaml = Files.readString(longest);
            Files.writeString(cv, yaml);
            Path pdf = dir.resolve("out").resolve("cv-academic.pdf");
            Path err = dir.resolve("err.txt");
            List<String> command = new ArrayList<>(launcher);
            command.addAll(List.of("render", "--watch", cv.toString(), "-o", dir.resolve("out").toString()));
            p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.readString(err).contains("cvpress: watching")) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("the watch did not start: " + lastLine(Files.readString(err)));
                }
                Thread.sleep(20);
            }
            int warmup = saves;
            double[] latencies = new double[saves];
            String lastName = null;
            for (int i = 0; i < warmup + saves; i++) {
                lastName = "Watched Save " + i;
                Object before = Files.readAttributes(pdf, BasicFileAttributes.class).fileKey();
                Path temp = dir.resolve(".cv.yaml.tmp");
                Files.writeString(temp, yaml.replaceFirst("(?m)^  name: .*$", "  name: " + lastName));
                long saved = System.nanoTime();
                Files.move(temp, cv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                while (Objects.equals(before, Files.readAttributes(pdf, BasicFileAttributes.class).fileKey())) {
                    if (System.nanoTime() - saved > TimeUnit.SECONDS.toNanos(60)) {
                        throw new IOException("no new PDF 60 s after a save: " + lastLine(Files.readString(err)));
                    }
                    Thread.sleep(1);
                }
                if (i >= warmup) {
                    latencies[i - warmup] = (System.nanoTime() - saved) / 1e6;
                }
                Thread.sleep(200);
            }
            try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
                if (!TextLayer.extract(doc).contains(lastName)) {
                    throw new IOException("the last PDF does not show the last save's name");
                }
            }
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("the watch did not end with 0 on SIGTERM");
            }
            rows.add(new Row(what, millis(median(latencies)) + " median (" + millis(min(latencies)) + "–"
                    + millis(max(latencies)) + ", " + saves + " saves after " + warmup + ")", "≤ 150 ms",
                    median(latencies) <= 150));
        } catch (Exception e) {
            rows.add(Row.failed(what, "≤ 150 ms", e));
        } finally {
            if (p != null) {
                p.destroyForcibly();
            }
        }
    }

    /** Runs {@code command} once to warm the disk cache, then {@code n} times, timing each run and its peak RSS. */
    private Runs repeat(List<String> command, int n) throws IOException, InterruptedException {
        double[] wall = new double[n];
        double[] rss = new double[Files.isExecutable(TIME) ? n : 0];
        Path rssFile = tmp.resolve("rss.txt");
        for (int i = -1; i < n; i++) {
            List<String> timed = new ArrayList<>();
            if (rss.length > 0) {
                timed.addAll(List.of(TIME.toString(), "-f", "%M", "-o", rssFile.toString()));
            }
            timed.addAll(command);
            Path err = tmp.resolve("err.txt");
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(timed).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            int code = p.waitFor();
            long t1 = System.nanoTime();
            if (code != 0) {
                throw new IOException(String.join(" ", command) + " exited with " + code + ": "
                        + lastLine(Files.readString(err)));
            }
            if (i >= 0) {
                wall[i] = (t1 - t0) / 1e6;
                if (rss.length > 0) {
                    rss[i] = Double.parseDouble(lastLine(Files.readString(rssFile)));
                }
            }
        }
        return new Runs(wall, rss);
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    static String seconds(double ms) {
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    static String millis(double ms) {
        return String.format(Locale.ROOT, ms < 100 ? "%.1f ms" : "%.0f ms", ms);
    }

    static String megabytes(double bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines[lines.length - 1];
    }

    private static String memory() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return String.format(Locale.ROOT, "%.0f GiB", Long.parseLong(line.replaceAll("\\D", "")) / 1048576.0);
            }
        }
        return "? GiB";
    }

    private static String cpuModel() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).strip();
            }
        }
        return "unknown CPU";
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
