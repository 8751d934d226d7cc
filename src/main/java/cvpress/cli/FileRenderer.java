package cvpress.cli;

import cvpress.model.CvDocument;
import cvpress.model.CvLoader;
import cvpress.model.Diagnostic;
import cvpress.model.LoadResult;
import cvpress.render.FitReport;
import cvpress.render.RenderException;
import cvpress.render.EmbeddedSource;
import cvpress.render.Renderer;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import cvpress.style.StyleException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders one CV file into the requested outputs; safe to call from several threads at once. */
final class FileRenderer {

    /** What became of one input: the lines to print on stderr and the files written. */
    record Outcome(boolean ok, List<String> messages, List<Path> written) {
    }

    /**
     * Renders per render thread when {@code --jobs} is not given. In a batch's first second or so the JIT compiler
     * keeps a second core busy, so a second render thread only pays once a batch runs past that warm-up; and every
     * render in flight holds about 10 MB that a young collection copies to a survivor space, which two renders in
     * flight overflow into the old generation. The 6 seeds in 3 styles on one thread instead of two: peak RSS 150 MB
     * instead of 186 MB, less CPU time, and no slower on a loaded 2-core machine.
     */
    static final int RENDERS_PER_THREAD = 24;

    private final CvLoader loader;
    private final Renderer renderer;
    private final StyleCatalog catalog;
    private final List<Style> forcedStyles;
    private final EnumSet<OutputFormat> formats;
    private final Path outputDir;
    private final float dpi;
    private final boolean verbose;
    private final boolean embedSource;
    private final AtomicFiles files;

    /** @param forcedStyles the styles every file is rendered in; empty to use each file's {@code design.style} */
    FileRenderer(CvLoader loader, Renderer renderer, StyleCatalog catalog, List<Style> forcedStyles,
                 EnumSet<OutputFormat> formats, Path outputDir, float dpi, boolean verbose, boolean embedSource,
                 AtomicFiles files) {
        this.loader = loader;
        this.renderer = renderer;
        this.catalog = catalog;
        this.forcedStyles = List.copyOf(forcedStyles);
        this.formats = formats;
        this.outputDir = outputDir;
        this.dpi = dpi;
        this.verbose = verbose;
        this.embedSource = embedSource;
        this.files = files;
    }

    /**
     * How many files render at once when {@code --jobs} is not given: one thread per {@link #RENDERS_PER_THREAD}
     * renders (files times styles), at least one and at most one per core and per file.
     *
     * @param stylesPerFile how many styles each file is rendered in
     */
    static int defaultThreads(int files, int stylesPerFile, int cores) {
        long renders = (long) files * Math.max(1, stylesPerFile);
        long wanted = (renders + RENDERS_PER_THREAD - 1) / RENDERS_PER_THREAD;
        return (int) Math.max(1, Math.min(wanted, Math.min(cores, files)));
    }

    /**
     * Renders one file in each of its styles; a style that fails does not stop the others.
     *
     * @param claimed output stems already taken, each by the file that took it, shared between threads (a file may
     *                take its own again, as a watch does on every save)
     */
    Outcome render(Path file, Map<String, Path> claimed) {
        return render(file, claimed, true);
    }

    /**
     * Renders one file as {@link #render} does but writes nothing and claims no output names: a rehearsal that
     * lets a long-running process compile the render's code before the renders that count.
     *
     * @return whether every style rendered
     */
    boolean rehearse(Path file) {
        return render(file, null, false).ok();
    }

    private Outcome render(Path file, Map<String, Path> claimed, boolean write) {
        List<String> messages = new ArrayList<>();
        LoadResult loaded = loader.load(file);
        loaded.diagnostics().stream().map(Diagnostic::format).forEach(messages::add);
        if (!loaded.ok()) {
            return new Outcome(false, messages, List.of());
        }
        List<Style> styles = forcedStyles;
        if (styles.isEmpty()) {
            try {
                styles = List.of(catalog.resolve(styleName(loaded.document())));
            } catch (StyleException e) {
                messages.add(file + ": error: design.style: " + e.getMessage());
                return new Outcome(false, messages, List.of());
            }
        }
        boolean ok = true;
        List<Path> written = new ArrayList<>();
        for (Style style : styles) {
            Outcome one = render(file, loaded, style, claimed, messages, write);
            ok &= one.ok();
            written.addAll(one.written());
        }
        return new Outcome(ok, messages, written);
    }

    private Outcome render(Path file, LoadResult loaded, Style style, Map<String, Path> claimed,
                           List<String> messages, boolean write) {
        CvDocument doc = loaded.document();
        String stem = OutputNames.baseName(file) + "-" + OutputNames.safe(style.name());
        if (write) {
            synchronized (claimed) {
                Path earlier = claimed.putIfAbsent(stem, file);
                if (earlier != null && !earlier.equals(file)) {
                    messages.add(file + ": error: its outputs would overwrite those of " + earlier
                            + "; render it into another directory with -o");
                    return new Outcome(false, messages, List.of());
                }
            }
        }
        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        boolean wantPdf = formats.contains(OutputFormat.PDF) || formats.contains(OutputFormat.PNG);
        EmbeddedSource source = embedSource && wantPdf
                ? new EmbeddedSource(file.getFileName().toString(), loaded.content()) : null;
        try {
            Renderer.Rendered rendered = renderer.render(doc, style, wantPdf, formats.contains(OutputFormat.HTML),
                    source);
            rendered.notes().forEach(note -> messages.add(file + ": warning: " + style.name() + ": " + note));
            rendered.fit().filter(FitReport::changed)
                    .ifPresent(fit -> messages.add(file + ": " + style.name() + ": " + fit.describe()));
            if (wantPdf) {
                byte[] pdf = rendered.pdf();
                if (formats.contains(OutputFormat.PDF)) {
                    outputs.put(outputDir.resolve(stem + ".pdf"), pdf);
                }
                if (formats.contains(OutputFormat.PNG)) {
                    List<byte[]> pages = renderer.png(pdf, dpi);
                    for (int i = 0; i < pages.size(); i++) {
                        outputs.put(outputDir.resolve(stem + "-" + (i + 1) + ".png"), pages.get(i));
                    }
                }
            }
            if (formats.contains(OutputFormat.HTML)) {
                outputs.put(outputDir.resolve(stem + ".html"), rendered.html().getBytes(StandardCharsets.UTF_8));
            }
        } catch (RenderException e) {
            messages.add(file + ": error: " + (forcedStyles.size() > 1 ? style.name() + ": " : "") + e.getMessage());
            return new Outcome(false, messages, List.of());
        } catch (RuntimeException e) {
            messages.add(file + ": error: internal error while rendering: " + e);
            if (verbose) {
                java.io.StringWriter trace = new java.io.StringWriter();
                e.printStackTrace(new java.io.PrintWriter(trace));
                messages.add(trace.toString());
            }
            return new Outcome(false, messages, List.of());
        }
        if (!write) {
            return new Outcome(true, messages, List.of());
        }
        try {
            files.write(outputs);
        } catch (AtomicFiles.Failure e) {
            messages.add(file + ": error: cannot write " + e.target() + ": " + e.reason());
            return new Outcome(false, messages, List.of());
        } catch (IOException e) {
            messages.add(file + ": error: cannot write to " + outputDir + ": " + describe(e));
            return new Outcome(false, messages, List.of());
        }
        return new Outcome(true, messages, new ArrayList<>(outputs.keySet()));
    }

    private static String styleName(CvDocument doc) {
        String s = doc.design().style();
        return s == null || s.isBlank() ? "academic" : s;
    }

    static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
