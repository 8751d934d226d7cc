package cvpress.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Completes the template's markup into the page both outputs share: document language, title and
 * metadata in the head, the style sheet (with the design values in) inlined, every reference outside
 * the style cut ({@link ResourcePolicy}), and for the standalone HTML file the fonts inlined as
 * {@code data:} URIs (subset to the page's characters and printable ASCII) so that the page looks the
 * same offline.
 */
final class HtmlPage {

    private HtmlPage() {
    }

    static Document assemble(String markup, PdfMetadata meta, String css, List<FontSet.Face> inlineFonts,
                             ResourcePolicy policy) {
        Document doc = Jsoup.parse(markup, "");
        policy.markup(doc);
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        Element html = doc.selectFirst("html");
        if (html != null && meta.language() != null) {
            html.attr("lang", meta.language());
        }
        Element head = doc.head();
        head.select("title, meta[charset], meta[name=author], meta[name=subject], meta[name=keywords], "
                + "meta[name=description], meta[name=generator]").remove();
        head.prependElement("title").text(meta.title());
        head.prependElement("meta").attr("charset", "UTF-8");
        meta(head, "author", meta.author());
        meta(head, "subject", meta.subject());
        meta(head, "description", meta.subject());
        meta(head, "keywords", meta.keywords());
        meta(head, "generator", "cvpress");
        if (!inlineFonts.isEmpty()) {
            Set<Integer> used = new TreeSet<>();
            doc.text().codePoints().forEach(used::add);
            IntStream.rangeClosed(0x20, 0x7e).forEach(used::add);
            head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(fontFaces(inlineFonts, used)));
        }
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(policy.css(css)));
        return doc;
    }

    private static void meta(Element head, String name, String content) {
        if (content != null && !content.isBlank()) {
            head.appendElement("meta").attr("name", name).attr("content", content);
        }
    }

    private static String fontFaces(List<FontSet.Face> faces, Set<Integer> codePoints) {
        StringBuilder css = new StringBuilder();
        for (FontSet.Face face : faces) {
            css.append("@font-face { font-family: \"").append(face.family()).append("\"; font-weight: ")
                    .append(face.weight()).append("; font-style: ").append(face.italic() ? "italic" : "normal")
                    .append("; src: url(data:font/ttf;base64,")
                    .append(Base64.getEncoder().encodeToString(FontSet.subset(face.ttf(), codePoints))).append(") format(\"truetype\"); }\n");
        }
        return css.toString();
    }
}
