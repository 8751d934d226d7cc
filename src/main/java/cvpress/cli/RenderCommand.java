package cvpress.cli;

import cvpress.model.CvLoader;
import cvpress.model.DesignOverride;
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
            description = "Style: a built-in name (see 'cvpress styles'), a style under ./styles, or a directory. "
                    + "Default: the file's design.style, else academic.")
    String style;

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
        StyleCatalog catalog = new StyleCatalog(Path.of("").toAbsolutePath());
        Style forced = null;
        if (style != null) {
            try {
                forced = catalog.resolve(style);
            } catch (StyleException e) {
                throw usage(e.getMessage());
            }
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
        CvLoader loader = new CvLoader(today, overrides);
        AtomicFiles files = new AtomicFiles();
        FileRenderer renderer = new FileRenderer(loader, new Renderer(!noPdfa), catalog, forced, wanted,
                outputDir, dpi, verbose, embedSource, files);
        try (AtomicFiles.Registration onExit = files.removingLeftoversOnExit()) {
            return renderAll(renderer, threads);
        }
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
