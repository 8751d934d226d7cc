package cvpress.render;

import cvpress.model.CvDocument;
import cvpress.model.Design;
import cvpress.style.Style;
import cvpress.style.StyleException;
import cvpress.style.StyleTemplates;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a loaded CV in a style to a standalone HTML page, a PDF, or PNG pages. One instance may
 * serve many threads at once; it keeps each style's style sheet and the fonts it has read, and renders each style
 * with the template its {@link StyleTemplates} keeps (compiled on first use, or by the catalog that shares them).
 * A style that fits every CV on a page count (one-page) is fitted first, the same way for every output.
 */
public final class Renderer {

    private static final String CSS = "style.css";

    private final StyleTemplates templates;
    private final Map<Style, String> sheets = new ConcurrentHashMap<>();
    private final Map<Style, FontMetricsCache> metrics = new ConcurrentHashMap<>();
    private final FontSet fonts = new FontSet();
    private final ViewModelBuilder viewModels = new ViewModelBuilder();
    private final PdfTypesetter typesetter;
    private final PageRasterizer rasterizer = new PageRasterizer();
    private final RenderLimits limits;

    /**
     * Starts setting up, on a daemon thread, the libraries' static state that a process's first render would otherwise
     * set up on its own thread: for a command about to render, so that the second core does it meanwhile.
     */
    public static void preload() {
        Preloader.start();
    }

    /** A renderer with empty caches that writes PDF/A-2u and PDF/UA-1. */
    public Renderer() {
        this(true);
    }

    /** A renderer with empty caches; {@code archival} false leaves out PDF/A and PDF/UA for the smallest file. */
    public Renderer(boolean archival) {
        this(archival, RenderLimits.DEFAULT);
    }

    /** As {@link #Renderer(boolean)}, with each document held to {@code limits} (pages, time). */
    public Renderer(boolean archival, RenderLimits limits) {
        this(archival, limits, new StyleTemplates());
    }

    /**
     * As {@link #Renderer(boolean, RenderLimits)}, rendering each style with its template as {@code templates} keeps
     * it: the compile of the catalog that shares them, which checked the style when it loaded it.
     */
    public Renderer(boolean archival, RenderLimits limits, StyleTemplates templates) {
        this.typesetter = new PdfTypesetter(archival);
        this.limits = limits;
        this.templates = templates;
    }

    /**
     * What one render made: the PDF and the HTML page where asked for (else null), the fitting report, and notes
     * on what the style left aside (one line each, such as a design option it does not honour), and the document as
     * rendered (for a style with a page count, without what fitting left out).
     */
    public record Rendered(byte[] pdf, String html, Optional<FitReport> fit, List<String> notes, CvDocument document) {
        public Rendered {
            notes = List.copyOf(notes);
        }
    }

    /** A standalone HTML page that looks like the PDF offline: CSS and fonts inlined, nothing fetched. */
    public String html(CvDocument doc, Style style) throws RenderException {
        return render(doc, style, false, true).html();
    }

    /** The typeset PDF; byte-identical for the same input, whatever the clock, time zone or locale. */
    public byte[] pdf(CvDocument doc, Style style) throws RenderException {
        return render(doc, style, true, false).pdf();
    }

    /**
     * Renders the PDF and/or the HTML page from one fitting: for a style with a page count, the report says what
     * fitting changed (empty for other styles).
     */
    public Rendered render(CvDocument doc, Style style, boolean pdf, boolean html) throws RenderException {
        return render(doc, style, pdf, html, null);
    }

    /**
     * As {@link #render(CvDocument, Style, boolean, boolean)}, with {@code source} attached to the PDF unless null.
     *
     * @throws RenderException also when the document goes over the renderer's limits (pages, time)
     */
    public Rendered render(CvDocument doc, Style style, boolean pdf, boolean html, EmbeddedSource source)
            throws RenderException {
        if (doc == null || doc.cv() == null) {
            throw new RenderException("nothing to render: the document has no cv block");
        }
        RenderBudget budget = new RenderBudget(limits);
        try {
            budget.checkLength(doc);
            return render(doc, style, pdf, html, source, budget);
        } catch (RenderBudget.Exceeded e) {
            throw new RenderException(e.getMessage());
        }
    }

    private Rendered render(CvDocument doc, Style style, boolean pdf, boolean html, EmbeddedSource source,
                            RenderBudget budget) throws RenderException {
        List<String> notes = new ArrayList<>();
        DesignValues design = available(DesignValues.resolve(style.defaults(), style.honours(), doc.design(), notes),
                style, notes);
        if (style.fit() == null) {
            if (!Design.Fit.DEFAULT.equals(doc.design().fit())) {
                notes.add("the style does not fit the CV to a page count, so design.fit is ignored (one-page does)");
            }
            Page page = prepare(doc, style, design, FitSettings.NORMAL, budget);
            return new Rendered(pdf ? typeset(page, style, source, budget) : null,
                    html ? htmlPage(page, style) : null, Optional.empty(), notes, doc);
        }
        try (Attempts attempts = new Attempts(style, design, budget)) {
            PageFitter.Fitted fitted = PageFitter.fit(doc, style.fit(), design.fontSize(), attempts);
            budget.checkPages(style.fit().pages());
            Page page = prepare(fitted.doc(), style, design, fitted.settings(), budget);
            byte[] bytes = null;
            if (pdf) {
                PdfTypesetter.LaidOut done = attempts.find(fitted.doc(), fitted.settings());
                bytes = done != null ? done.pdf(source) : typeset(page, style, source, budget);
            }
            return new Rendered(bytes, html ? htmlPage(page, style) : null, Optional.of(fitted.report()), notes,
                    fitted.doc());
        }
    }

    /** The layouts one fitting made; those that fitted stay open so that the chosen one is written, not redone. */
    private final class Attempts implements PageFitter.Layouter, AutoCloseable {
        private final Style style;
        private final DesignValues design;
        private final RenderBudget budget;
        private final List<Attempt> fitting = new ArrayList<>();

        private record Attempt(CvDocument doc, FitSettings settings, PdfTypesetter.LaidOut laidOut) {
        }

        Attempts(Style style, DesignValues design, RenderBudget budget) {
            this.style = style;
            this.design = design;
            this.budget = budget;
        }

        @Override
        public PageFitter.Layout layout(CvDocument doc, FitSettings settings) throws RenderException {
            Page page = prepare(doc, style, design, settings, budget);
            Document html = printPage(page, style);
            PdfTypesetter.LaidOut laidOut = typesetter.layout(new W3CDom().fromJsoup(html), html.outerHtml(),
                    style.source(), page.allFaces(), cache(style), page.meta(), budget);
            PageFitter.Layout layout = laidOut.layout();
            if (layout.pages() <= style.fit().pages()) {
                fitting.add(new Attempt(doc, settings, laidOut));
            } else {
                laidOut.close();
            }
            budget.checkTime();
            return layout;
        }

        PdfTypesetter.LaidOut find(CvDocument doc, FitSettings settings) {
            return fitting.stream().filter(a -> a.settings().equals(settings) && a.doc().equals(doc))
                    .map(Attempt::laidOut).findFirst().orElse(null);
        }

        @Override
        public void close() {
            fitting.forEach(a -> a.laidOut().close());
        }
    }

    /**
     * The design with a font family that exists: one the design names that is neither bundled nor shipped by the
     * style (a RenderCV file's "Source Sans 3") is replaced by the closest bundled one, with a note.
     */
    private DesignValues available(DesignValues design, Style style, List<String> notes) throws RenderException {
        try {
            fonts.family(design.fontFamily(), style.source());
            return design;
        } catch (RenderException e) {
            if (fonts.inStyle(design.fontFamily(), style.source())) {
                throw e;
            }
            String substitute = FontSet.closestBundled(design.fontFamily());
            notes.add("font family '" + design.fontFamily() + "' is neither bundled nor in the style (bundled: "
                    + String.join(", ", fonts.bundledFamilies()) + "); the text is set in " + substitute);
            return design.withFontFamily(substitute);
        }
    }

    /** One PNG image per page of a PDF, at {@code dpi} dots per inch. */
    public List<byte[]> png(byte[] pdf, float dpi) throws RenderException {
        return rasterizer.png(pdf, dpi);
    }

    /** What both outputs are made from: the template's markup, the raw sheet, the design values, the fonts. */
    private record Page(String markup, String css, Map<String, String> variables, PdfMetadata meta,
                        List<FontSet.Face> primaryFaces, List<FontSet.Face> fallbackFaces) {

        List<FontSet.Face> allFaces() {
            List<FontSet.Face> all = new ArrayList<>(primaryFaces);
            all.addAll(fallbackFaces);
            return all;
        }
    }

    private String htmlPage(Page page, Style style) {
        Document html = HtmlPage.assemble(page.markup(), page.meta(),
                StyleSheet.withDesign(page.css(), page.variables(), true), page.primaryFaces(),
                new ResourcePolicy(style.source(), true));
        return html.outerHtml();
    }

    private Document printPage(Page page, Style style) {
        return HtmlPage.assemble(page.markup(), page.meta(),
                StyleSheet.withDesign(page.css(), page.variables(), false), List.of(),
                new ResourcePolicy(style.source(), false));
    }

    private byte[] typeset(Page page, Style style, EmbeddedSource attachment, RenderBudget budget)
            throws RenderException {
        Document html = printPage(page, style);
        String source = html.outerHtml();
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(html);
        return typesetter.typeset(dom, source, style.source(), page.allFaces(), cache(style), page.meta(), attachment,
                budget);
    }

    private FontMetricsCache cache(Style style) {
        return metrics.computeIfAbsent(style, s -> new FontMetricsCache());
    }

    private Page prepare(CvDocument doc, Style style, DesignValues design, FitSettings settings,
                         RenderBudget budget) throws RenderException {
        List<FontSet.Face> primary = fonts.family(design.fontFamily(), style.source());
        boolean isFallback = FontSet.slug(design.fontFamily()).equals(FontSet.slug(FontSet.FALLBACK_FAMILY));
        List<FontSet.Face> fallback = isFallback ? List.of() : fonts.family(FontSet.FALLBACK_FAMILY, style.source());
        ViewModelBuilder.Result vm;
        String markup;
        try {
            vm = viewModels.build(doc);
            markup = templates.of(style).render(vm.model(), budget::inTime);
        } catch (StyleException e) {
            budget.checkTime();
            throw new RenderException(e.getMessage());
        } catch (RuntimeException e) {
            throw new RenderException("cannot build the page: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ")));
        }
        Map<String, String> variables = design.cssVariables(fallback.isEmpty() ? null : FontSet.FALLBACK_FAMILY);
        variables.putAll(settings.cssVariables());
        return new Page(markup, sheet(style), variables, vm.metadata(), primary, fallback);
    }

    private String sheet(Style style) throws RenderException {
        String css = sheets.get(style);
        if (css == null) {
            try {
                css = new String(style.source().read(CSS)
                        .orElseThrow(() -> new RenderException(style.source().describe(CSS) + ": missing")),
                        StandardCharsets.UTF_8);
            } catch (StyleException e) {
                throw new RenderException(e.getMessage());
            }
            sheets.putIfAbsent(style, css);
        }
        return css;
    }
}
