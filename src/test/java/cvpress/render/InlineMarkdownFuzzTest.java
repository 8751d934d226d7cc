package cvpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Coverage-guided fuzzing of the inline markdown converter: whatever a text field holds, its HTML is
 * well-formed, holds no tag but {@code strong}, {@code em} and {@code a href} to an allowed scheme (checked on the
 * string and on jsoup's parse of it), leaves no raw {@code <} of the input, and reads back as exactly the
 * plain-text form. An input's first line is taken as
 * comma-separated bold keywords, the rest as the field.
 */
class InlineMarkdownFuzzTest {

    private static final Set<String> TAGS = Set.of("strong", "em", "a");
    private static final List<String> SCHEMES = List.of("https:", "http:", "mailto:", "tel:");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)( href=\"[^\"<>]*\")?>");
    private static final List<String> ENTITIES = List.of("&lt;", "&gt;", "&quot;", "&#39;", "&amp;");

    @FuzzTest(maxDuration = "10m")
    void htmlIsSafeAndReadsAsThePlainText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        List<String> keywords = newline < 0 ? List.of() : Arrays.asList(text.substring(0, newline).split(","));
        String field = newline < 0 ? text : text.substring(newline + 1);
        InlineMarkdown markdown = new InlineMarkdown(keywords);

        String html = markdown.toHtml(field);
        String plain = markdown.toPlainText(field);

        // Every '<' in the output starts one of the converter's own tags, and tags nest properly.
        java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
        int from = 0;
        for (int lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', from)) {
            Matcher m = TAG.matcher(html).region(lt, html.length());
            if (!m.lookingAt() || !TAGS.contains(m.group(2)) || (m.group(3) != null) != (m.group(2).equals("a")
                    && m.group(1).isEmpty())) {
                fail("raw or foreign markup at " + lt + " in " + html);
            }
            if (m.group(1).isEmpty()) {
                open.push(m.group(2));
            } else if (open.isEmpty() || !open.pop().equals(m.group(2))) {
                fail("</" + m.group(2) + "> closes nothing it opened in " + html);
            }
            from = m.end();
        }
        assertTrue(open.isEmpty(), () -> "unclosed " + open + " in " + html);

        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            assertTrue(TAGS.contains(e.tagName()), () -> "tag " + e.tagName() + " in " + html);
            for (Attribute a : e.attributes()) {
                assertEquals("href", a.getKey(), () -> "attribute " + a + " in " + html);
                String href = a.getValue().toLowerCase(java.util.Locale.ROOT);
                assertTrue(SCHEMES.stream().anyMatch(href::startsWith), () -> "link " + a + " in " + html);
            }
        }
        String shown = TAG.matcher(html).replaceAll("");
        assertTrue(shown.indexOf('<') < 0 && shown.indexOf('>') < 0, () -> "raw '<' or '>' in " + html);
        for (int amp = shown.indexOf('&'); amp >= 0; amp = shown.indexOf('&', amp + 1)) {
            int at = amp;
            assertTrue(ENTITIES.stream().anyMatch(e -> shown.startsWith(e, at)), () -> "a stray '&' in " + html);
        }
        assertEquals(plain, unescape(shown), () -> "the HTML reads differently from the text: " + html);
        assertEquals(html, markdown.toHtml(field), "conversion is deterministic");
    }

    /** The text of escaped HTML: the five entities the converter writes turned back into their characters. */
    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
