package cvpress.render;

import cvpress.style.StyleException;
import cvpress.style.StyleSource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter;

import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page may refer to: inline {@code data:} URIs and the style's own files, nothing else. For the
 * PDF, a style file stays a relative reference the typesetter serves from the style; for the standalone
 * HTML page it is inlined as a {@code data:} URI. Every other reference (http, file, classpath, a path
 * leaving the style) is cut, and elements that load or run things are removed. Links ({@code a href})
 * are not fetched and stay.
 */
final class ResourcePolicy {

    private static final Pattern IMPORT = Pattern.compile("@import\\s+[^;]*;?");
    private static final Pattern URL = Pattern.compile("url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\"'\\s]*))\\s*\\)");
    private static final String EMPTY = "data:,";
    private static final Set<String> REMOVED = Set.of("script", "noscript", "iframe", "frame", "frameset", "object",
            "embed", "applet", "link", "base");
    private static final String[] LOADING_ATTRIBUTES = {"src", "srcset", "poster", "background", "data", "xlink:href"};
    private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "gif", "image/gif", "svg", "image/svg+xml", "ttf", "font/ttf", "otf", "font/otf",
            "woff", "font/woff", "woff2", "font/woff2", "css", "text/css");

    private final StyleSource style;
    private final boolean inline;

    /** {@code inline}: turn style files into {@code data:} URIs (standalone HTML) instead of relative references (PDF). */
    ResourcePolicy(StyleSource style, boolean inline) {
        this.style = style;
        this.inline = inline;
    }

    /** The reference to write in place of {@code url}, or null when it must go. */
    String rewrite(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        if (u.regionMatches(true, 0, "data:", 0, 5)) {
            return u;
        }
        if (!StyleSource.isSafeName(u)) {
            return null;
        }
        if (!inline) {
            return u;
        }
        try {
            Optional<byte[]> bytes = style.read(u);
            if (bytes.isEmpty()) {
                return null;
            }
            String ext = u.substring(u.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return "data:" + TYPES.getOrDefault(ext, "application/octet-stream") + ";base64,"
                    + Base64.getEncoder().encodeToString(bytes.get());
        } catch (StyleException e) {
            return null;
        }
    }

    /** The style sheet without {@code @import} rules and with every {@code url(...)} rewritten or emptied. */
    String css(String css) {
        String noImports = IMPORT.matcher(css).replaceAll("");
        Matcher m = URL.matcher(noImports);
        StringBuilder out = new StringBuilder(noImports.length());
        while (m.find()) {
            String target = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String replacement = rewrite(target);
            m.appendReplacement(out, Matcher.quoteReplacement(
                    "url(\"" + (replacement == null ? EMPTY : replacement.replace("\"", "%22")) + "\")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Removes scripts, frames, embedded objects and linked style sheets; cuts disallowed references in attributes and
     * styles, in one walk over the page (a selector query per rule was a walk each, run by the interpreter in a cold
     * render).
     */
    void markup(Document page) {
        page.filter((node, depth) -> {
            if (!(node instanceof Element e)) {
                return NodeFilter.FilterResult.CONTINUE;
            }
            if (REMOVED.contains(e.normalName()) || e.normalName().equals("meta") && e.hasAttr("http-equiv")) {
                return NodeFilter.FilterResult.REMOVE;
            }
            if (e.normalName().equals("style")) {
                String sheet = css(e.data());
                e.empty();
                e.appendChild(new org.jsoup.nodes.DataNode(sheet));
            }
            for (String attribute : LOADING_ATTRIBUTES) {
                if (e.hasAttr(attribute)) {
                    String replacement = rewrite(e.attr(attribute));
                    if (replacement == null) {
                        e.removeAttr(attribute);
                    } else {
                        e.attr(attribute, replacement);
                    }
                }
            }
            if (e.hasAttr("style")) {
                e.attr("style", css(e.attr("style")));
            }
            return NodeFilter.FilterResult.CONTINUE;
        });
    }
}
