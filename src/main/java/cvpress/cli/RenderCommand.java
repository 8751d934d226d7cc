package cvpress.cli;

import cvpress.model.ByteSize;
import cvpress.model.CvLoader;
import cvpress.model.DesignOverride;
import cvpress.render.RenderLimits;
import cvpress.render.Renderer;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import cvpress.style.StyleException;
import cvpress.style.StyleTemplates;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.cli.Options;

/** {@code cvpress render}: renders CV files to PDF, HTML or PNG, many files in one JVM on several threads. */
final class RenderCommand implements Command {

    private final List<Path> files;
    private final String style;
    private final boolean watch;
    private final List<String> formats;
    private final Path outputDir;
    private final Integer jobs;
    private final float dpi;
    private final List<String> sets;
    private final boolean noPdfa;
    private final boolean embedSource;
    private final ByteSize maxInputSize;
    private final int maxPages;
    private final Duration timeout;
    private final boolean verbose;

    RenderCommand(Arguments a) {
        files = a.paths();
        style = a.value("style", null);
        watch = a.flag("watch");
        formats = new ArrayList<>();
        for (String f : a.values("format").isEmpty() ? List.of("pdf") : a.values("format")) {
            formats.addAll(List.of(f.split(",")));
        }
        outputDir = a.path("output", "out");
        jobs = a.integer("jobs", null);
        dpi = a.number("dpi", "100");
        sets = a.values("set");
        noPdfa = a.flag("no-pdfa");
        embedSource = a.flag("embed-source");
        maxInputSize = InputSizeOption.limit(a);
        maxPages = a.integer("max-pages", "50");
        timeout = a.converted("timeout", "30s", new DurationConverter()::convert);
        verbose = a.flag("verbose");
    }

    static Syntax syntax() {
        Options o = new Options();
        o.addOption(Syntax.valued("s", "style", "NAME|DIR", "Style: a built-in name (see 'cvpress styles'), a style "
                + "under ./styles, or a directory; several comma-separated, or 'all' for every built-in style. "
                + "Default: the file's design.style, else academic."));
        o.addOption(Syntax.flag(null, "watch", "Render, then render again each time a FILE (or the --style "
                + "directory) is saved, until Ctrl-C. A broken save prints its error and keeps the last good output."));
        o.addOption(Syntax.valued("f", "format", "FORMAT", "Output formats, comma-separated: pdf, html, "
                + "png (one image per page). Default: pdf."));
        o.addOption(Syntax.valued("o", "output", "DIR", "Output directory. Default: out."));
        o.addOption(Syntax.valued("j", "jobs", "N", "Files rendered at once. Default: one "
                + "per " + FileRenderer.RENDERS_PER_THREAD + " renders (files times styles), at most the number of cores."));
        o.addOption(Syntax.valued(null, "dpi", "DPI", "Resolution of PNG pages, 10 to 1200. Default: 100."));
        o.addOption(Syntax.valued(null, "set", "design.KEY=VALUE", "Set a design value as if the file's design block "
                + "held it, with the YAML's dotted keys, e.g. --set design.page.size=us-letter "
                + "--set design.colors.accent=#8b0000. Repeatable."));
        o.addOption(Syntax.flag(null, "no-pdfa", "Write a plain PDF, neither PDF/A-2u nor PDF/UA-1 (untagged, no "
                + "colour profile): the smallest file, for when no archive or screen reader will read it."));
        o.addOption(Syntax.flag(null, "embed-source", "Attach the CV's YAML file to the PDF (a PDF/A-3u associated "
                + "file, so the record can be read back losslessly). Off by default: some mail filters distrust PDFs "
                + "with attachments."));
        InputSizeOption.addTo(o);
        o.addOption(Syntax.valued(null, "max-pages", "N", "Fail a document that runs to more pages than this. "
                + "Default: 50."));
        o.addOption(Syntax.valued(null, "timeout", "TIME", "Fail a document whose render takes longer than this, "
                + "e.g. 60s or 2m. Default: 30s."));
        o.addOption(Syntax.flag(null, "verbose", "Print stack traces of internal errors."));
        return new Syntax("render", List.of("Render CV files into a style.",
                "Outputs go to DIR/<file>-<style>.<ext>; each is written completely or not at all."),
                new Syntax.Parameter("FILE", "CV files (YAML).", 1, Integer.MAX_VALUE), o, List.of(), RenderCommand::new);
    }

    @Override
    public int call(Streams io) throws Exception {
        Renderer.preload();
        EnumSet<OutputFormat> wanted = parseFormats();
        if (jobs != null && jobs < 1) {
            throw usage("--jobs must be at least 1, not " + jobs);
        }
        if (dpi < 10 || dpi > 1200) {
            throw usage("--dpi must be between 10 and 1200, not " + dpi);
        }
        if (maxPages < 1) {
            throw usage("--max-pages must be at least 1, not " + maxPages);
        }
        StyleTemplates templates = new StyleTemplates();
        StyleCatalog catalog = new StyleCatalog(Path.of("").toAbsolutePath(), templates);
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
        CvLoader base = new CvLoader(today, overrides, maxInputSize);
        CvLoader loader = forced.isEmpty() ? base.checkingStyles(StyleProblems.of(catalog)) : base;
        RenderLimits limits = new RenderLimits(maxPages, timeout);
        AtomicFiles writer = new AtomicFiles();
        if (watch) {
            return new Watch(files, Watch.styleDirectories(forced), outputDir,
                    () -> new FileRenderer(loader, new Renderer(!noPdfa, limits, templates), catalog,
                            resolveStyles(catalog), wanted, outputDir, dpi, verbose, embedSource, writer),
                    io.out(), io.err()).run();
        }
        FileRenderer renderer = new FileRenderer(loader, new Renderer(!noPdfa, limits, templates), catalog, forced,
                wanted, outputDir, dpi, verbose, embedSource, writer);
        int threads = jobs != null ? jobs
                : FileRenderer.defaultThreads(files.size(), forced.size(), Runtime.getRuntime().availableProcessors());
        try (AtomicFiles.Registration onExit = writer.removingLeftoversOnExit()) {
            return renderAll(renderer, threads, io);
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

    private int renderAll(FileRenderer renderer, int threads, Streams io) throws InterruptedException {
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
            var out = io.out();
            var err = io.err();
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

    private static UsageError usage(String message) {
        return new UsageError(message);
    }
}
