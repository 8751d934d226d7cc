package cvpress.cli;

import cvpress.model.CvLoader;
import cvpress.model.DesignOverride;
import cvpress.render.RenderLimits;
import cvpress.render.Renderer;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import cvpress.style.StyleException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cvpress render}: renders CV files to PDF, HTML or PNG, many files in one JVM on several threads. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render CV files into a style.",
                "Outputs go to DIR/<file>-<style>.<ext>; each is written completely or not at all."})
final class RenderCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CV files (YAML).")
    List<Path> files;

    @Option(names = {"-s", "--style"}, paramLabel = "NAME|DIR",
            description = "Style: a built-in name (see 'cvpress styles'), a style under ./styles, or a directory; "
                    + "several comma-separated, or 'all' for every built-in style. "
                    + "Default: the file's design.style, else academic.")
    String style;

    @Option(names = "--watch", description = "Render, then render again each time a FILE (or the --style "
            + "directory) is saved, until Ctrl-C. A broken save prints its error and keeps the last good output.")
    boolean watch;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT", defaultValue = "pdf",
            description = "Output formats, comma-separated: pdf, html, png (one image per page). Default: ${DEFAULT-VALUE}.")
    List<String> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output directory. Default: ${DEFAULT-VALUE}.")
    Path outputDir;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files rendered at once. Default: the number of cores.")
    Integer jobs;

    @Option(names = "--dpi", paramLabel = "DPI", defaultValue = "100",
            description = "Resolution of PNG pages. Default: ${DEFAULT-VALUE}.")
    float dpi;

    @Option(names = "--set", paramLabel = "design.KEY=VALUE",
            description = "Set a design value as if the file's design block held it, with the YAML's dotted keys, "
                    + "e.g. --set design.page.size=us-letter --set design.colors.accent=#8b0000. Repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--no-pdfa", description = "Write a plain PDF, neither PDF/A-2u nor PDF/UA-1 (untagged, no colour "
            + "profile): the smallest file, for when no archive or screen reader will read it.")
    boolean noPdfa;

    @Option(names = "--embed-source", description = "Attach the CV's YAML file to the PDF (a PDF/A-3u associated "
            + "file, so the record can be read back losslessly). Off by default: some mail filters distrust PDFs "
            + "with attachments.")
    boolean embedSource;

    @picocli.CommandLine.Mixin
    InputSizeOption inputSize = new InputSizeOption();

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "50",
            description = "Fail a document that runs to more pages than this. Default: ${DEFAULT-VALUE}.")
    int maxPages;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "30s", converter = DurationConverter.class,
            description = "Fail a document whose render takes longer than this, e.g. 60s or 2m. "
                    + "Default: ${DEFAULT-VALUE}.")
    java.time.Duration timeout;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EnumSet<OutputFormat> wanted = parseFormats();
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw usage("--jobs must be at least 1, not " + threads);
        }
        if (dpi < 10 || dpi > 1200) {
            throw usage("--dpi must be between 10 and 1200, not " + dpi);
        }
        if (maxPages < 1) {
            throw usage("--max-pages must be at least 1, not " + maxPages);
        }
        StyleCatalog catalog = new StyleCatalog(Path.of("").toAbsolutePath());
        List<Style> forced;
        try {
            forced = resolveStyles(catalog);
        } catch (StyleException e) {
            throw usage(e.getMessage());
        }
        LocalDate today;
        try {
            today = Today.fromEnvironment();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        List<DesignOverride> overrides = new ArrayList<>();
        for (String set : sets) {
            try {
                overrides.add(DesignOverride.parse(set));
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        CvLoader base = new CvLoader(today, overrides, inputSize.limit());
        CvLoader loader = forced.isEmpty() ? base.checkingStyles(StyleProblems.of(catalog)) : base;
        RenderLimits limits = new RenderLimits(maxPages, timeout);
        AtomicFiles writer = new AtomicFiles();
        if (watch) {
            return new Watch(files, Watch.styleDirectories(forced), outputDir,
                    () -> new FileRenderer(loader, new Renderer(!noPdfa, limits), catalog, resolveStyles(catalog),
                            wanted, outputDir, dpi, verbose, embedSource, writer),
                    spec.commandLine().getOut(), spec.commandLine().getErr()).run();
        }
        FileRenderer renderer = new FileRenderer(loader, new Renderer(!noPdfa, limits), catalog, forced, wanted,
                outputDir, dpi, verbose, embedSource, writer);
        try (AtomicFiles.Registration onExit = writer.removingLeftoversOnExit()) {
            return renderAll(renderer, threads);
        }
    }

    /** The styles of --style: none (each file's own), every built-in for 'all', else each comma-separated one. */
    private List<Style> resolveStyles(StyleCatalog catalog) throws StyleException {
        if (style == null) {
            return List.of();
        }
        if (style.strip().equals("all")) {
            return catalog.builtIns();
        }
        List<String> names = style.contains(",") && !isDirectory(style) ? List.of(style.split(",", -1)) : List.of(style);
        Map<String, Style> styles = new java.util.LinkedHashMap<>();
        for (String name : names) {
            Style s = catalog.resolve(name);
            if (styles.putIfAbsent(s.name(), s) != null) {
                throw new StyleException("style '" + s.name() + "' is given twice");
            }
        }
        return List.copyOf(styles.values());
    }

    private int renderAll(FileRenderer renderer, int threads) throws InterruptedException {
        long started = System.nanoTime();
        Map<String, Path> claimed = new HashMap<>();
        List<Future<FileRenderer.Outcome>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()));
        try {
            for (Path file : files) {
                futures.add(pool.submit(() -> renderer.render(file, claimed)));
            }
            int failed = 0;
            int written = 0;
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            for (Future<FileRenderer.Outcome> f : futures) {
                FileRenderer.Outcome o;
                try {
                    o = f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
                o.messages().forEach(err::println);
                o.written().forEach(p -> out.println(p));
                written += o.written().size();
                if (!o.ok()) {
                    failed++;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            String summary = failed == 0
                    ? String.format(java.util.Locale.ROOT, "cvpress: rendered %d file%s (%d output%s) in %.2f s",
                            files.size(), files.size() == 1 ? "" : "s", written, written == 1 ? "" : "s", seconds)
                    : String.format(java.util.Locale.ROOT, "cvpress: %d of %d files failed; %d output%s written in %.2f s",
                            failed, files.size(), written, written == 1 ? "" : "s", seconds);
            err.println(summary);
            return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean isDirectory(String path) {
        try {
            return java.nio.file.Files.isDirectory(Path.of(path));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private EnumSet<OutputFormat> parseFormats() {
        EnumSet<OutputFormat> set = EnumSet.noneOf(OutputFormat.class);
        for (String f : formats) {
            try {
                set.add(OutputFormat.valueOf(f.trim().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw usage("unknown format '" + f + "' (use pdf, html or png)");
            }
        }
        return set;
    }

    private picocli.CommandLine.ParameterException usage(String message) {
        return new picocli.CommandLine.ParameterException(spec.commandLine(), message);
    }
}
