package cvpress.render;

import cvpress.model.CvDocument;
import cvpress.style.Style;
import cvpress.style.StyleException;
import cvpress.style.StyleTemplate;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a loaded CV in a style to a standalone HTML page, a PDF, or PNG pages. One instance may
 * serve many threads at once; it keeps each style's compiled templates and the fonts it has read.
 */
public final class Renderer {

    private static final String CSS = "style.css";

    private final Map<Style, StyleTemplate> templates = new ConcurrentHashMap<>();
    private final Map<Style, String> sheets = new ConcurrentHashMap<>();
    private final Map<Style, FontMetricsCache> metrics = new ConcurrentHashMap<>();
    private final FontSet fonts = new FontSet();
    private final ViewModelBuilder viewModels = new ViewModelBuilder();
    private final PdfTypesetter typesetter = new PdfTypesetter();
    private final PageRasterizer rasterizer = new PageRasterizer();

    /** A renderer with empty caches. */
    public Renderer() {
    }

    /** A standalone HTML page that looks like the PDF offline: CSS and fonts inlined, nothing fetched. */
    public String html(CvDocument doc, Style style) throws RenderException {
        Page page = prepare(doc, style);
        Document html = HtmlPage.assemble(page.markup(), page.meta(),
                StyleSheet.withDesign(page.css(), page.variables(), true), page.primaryFaces(),
                new ResourcePolicy(style.source(), true));
        return html.outerHtml();
    }

    /** The typeset PDF; byte-identical for the same input, whatever the clock, time zone or locale. */
    public byte[] pdf(CvDocument doc, Style style) throws RenderException {
        Page page = prepare(doc, style);
        Document html = HtmlPage.assemble(page.markup(), page.meta(),
                StyleSheet.withDesign(page.css(), page.variables(), false), List.of(),
                new ResourcePolicy(style.source(), false));
        String source = html.outerHtml();
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(html);
        List<FontSet.Face> all = new ArrayList<>(page.primaryFaces());
        all.addAll(page.fallbackFaces());
        FontMetricsCache cache = metrics.computeIfAbsent(style, s -> new FontMetricsCache());
        return typesetter.typeset(dom, source, style.source(), all, cache, page.meta());
    }

    /** One PNG image per page of a PDF, at {@code dpi} dots per inch. */
    public List<byte[]> png(byte[] pdf, float dpi) throws RenderException {
        return rasterizer.png(pdf, dpi);
    }

    /** What both outputs are made from: the template's markup, the raw sheet, the design values, the fonts. */
    private record Page(String markup, String css, Map<String, String> variables, PdfMetadata meta,
                        List<FontSet.Face> primaryFaces, List<FontSet.Face> fallbackFaces) {
    }

    private Page prepare(CvDocument doc, Style style) throws RenderException {
        if (doc == null || doc.cv() == null) {
            throw new RenderException("nothing to render: the document has no cv block");
        }
        DesignValues design = DesignValues.resolve(style.defaults(), doc.design());
        List<FontSet.Face> primary = fonts.family(design.fontFamily(), style.source());
        boolean isFallback = FontSet.slug(design.fontFamily()).equals(FontSet.slug(FontSet.FALLBACK_FAMILY));
        List<FontSet.Face> fallback = isFallback ? List.of() : fonts.family(FontSet.FALLBACK_FAMILY, style.source());
        ViewModelBuilder.Result vm;
        String markup;
        try {
            vm = viewModels.build(doc);
            markup = template(style).render(vm.model());
        } catch (StyleException e) {
            throw new RenderException(e.getMessage());
        } catch (RuntimeException e) {
            throw new RenderException("cannot build the page: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ")));
        }
        Map<String, String> variables = design.cssVariables(fallback.isEmpty() ? null : FontSet.FALLBACK_FAMILY);
        return new Page(markup, sheet(style), variables, vm.metadata(), primary, fallback);
    }

    private StyleTemplate template(Style style) throws StyleException {
        StyleTemplate t = templates.get(style);
        if (t == null) {
            t = StyleTemplate.compile(style);
            templates.putIfAbsent(style, t);
        }
        return t;
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
