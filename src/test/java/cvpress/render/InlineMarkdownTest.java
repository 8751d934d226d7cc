package cvpress.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class InlineMarkdownTest {

    private final InlineMarkdown md = new InlineMarkdown(List.of());

    @Test
    void escapesHtmlSoMarkupInAFieldIsInert() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &lt;/div&gt; R&amp;D &#39;q&#39;",
                md.toHtml("<script>alert(\"x\")</script> </div> R&D 'q'"));
    }

    @Test
    void escapesInsideEmphasisAndLinkText() {
        assertEquals("<strong>&lt;b&gt;</strong> <a href=\"https://x.org\">&lt;i&gt;</a>",
                md.toHtml("**<b>** [<i>](https://x.org)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "**bold**|<strong>bold</strong>",
            "*italic*|<em>italic</em>",
            "_italic_|<em>italic</em>",
            "__bold__|<strong>bold</strong>",
            "a **b** c *d* e|a <strong>b</strong> c <em>d</em> e",
            "***both***|<em><strong>both</strong></em>",
            "**bold *and italic***|<strong>bold <em>and italic</em></strong>",
            "*italic **and bold***|<em>italic <strong>and bold</strong></em>",
            "**Jane**, *2021*.|<strong>Jane</strong>, <em>2021</em>.",
    })
    void emphasis(String markdown, String html) {
        assertEquals(html, md.toHtml(markdown));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "snake_case_name|snake_case_name",
            "**bold|**bold",
            "bold**|bold**",
            "*a|*a",
            "a * b * c|a * b * c",
            "**a*|*<em>a</em>",
            "5 * 3 = 15|5 * 3 = 15",
            "Gan Luo*|Gan Luo*",
            "_a|_a",
    })
    void unbalancedOrIntrawordMarkersStayLiteral(String markdown, String html) {
        assertEquals(html, md.toHtml(markdown));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\\*not italic\\*|*not italic*",
            "\\_x\\_|_x_",
            "\\[no](link)|[no](link)",
            "a\\\\b|a\\b",
            "C:\\dir|C:\\dir",
    })
    void backslashEscapes(String markdown, String html) {
        assertEquals(html, md.toHtml(markdown));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[site](https://example.com)|<a href=\"https://example.com\">site</a>",
            "[site](http://example.com)|<a href=\"http://example.com\">site</a>",
            "[mail](mailto:jane@example.com)|<a href=\"mailto:jane@example.com\">mail</a>",
            "[call](tel:+14155550132)|<a href=\"tel:+14155550132\">call</a>",
            "[wiki](https://en.wikipedia.org/wiki/Foo_(bar))|<a href=\"https://en.wikipedia.org/wiki/Foo_(bar)\">wiki</a>",
            "see [a](https://a.org) and [b](https://b.org).|see <a href=\"https://a.org\">a</a> and <a href=\"https://b.org\">b</a>.",
    })
    void links(String markdown, String html) {
        assertEquals(html, md.toHtml(markdown));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[click](javascript:alert(1))|click",
            "[click](JavaScript:alert(1))|click",
            "[file](file:///etc/passwd)|file",
            "[data](data:text/html;base64,PHNjcmlwdD4=)|data",
            "[rel](/relative/path)|rel",
            "[empty](https:)|empty",
    })
    void linksToOtherSchemesRenderAsTheirTextOnly(String markdown, String html) {
        assertEquals(html, md.toHtml(markdown));
    }

    @Test
    void urlAttributeValuesAreEscaped() {
        assertEquals("<a href=\"https://x.org/?a=1&amp;b=&quot;&gt;&lt;script&gt;\">x</a>",
                md.toHtml("[x](https://x.org/?a=1&b=\"><script>)"));
    }

    @Test
    void linksInsideBoldAndEmphasisInsideLinks() {
        assertEquals("<strong>see <a href=\"https://x.org\">site</a></strong>",
                md.toHtml("**see [site](https://x.org)**"));
        assertEquals("<a href=\"https://x.org\"><em>site</em> now</a>", md.toHtml("[*site* now](https://x.org)"));
    }

    @Test
    void emphasisDoesNotCrossALinkBoundary() {
        assertEquals("*a <a href=\"https://x.org\">b* c</a>", md.toHtml("*a [b* c](https://x.org)"));
    }

    @Test
    void notALinkWhenTheTargetIsMissingOrHasSpaces() {
        assertEquals("[a] (https://x.org)", md.toHtml("[a] (https://x.org)"));
        assertEquals("[a](https://x.org and more)", md.toHtml("[a](https://x.org and more)"));
        assertEquals("[a](https://x.org", md.toHtml("[a](https://x.org"));
        assertEquals("a]b[c", md.toHtml("a]b[c"));
    }

    @Test
    void boldKeywordsAreWholeWordAndCaseSensitive() {
        InlineMarkdown bold = new InlineMarkdown(List.of("Python", "C++", "machine learning", " "));
        assertEquals("<strong>Python</strong>, <strong>C++</strong> and <strong>machine learning</strong>",
                bold.toHtml("Python, C++ and machine learning"));
        assertEquals("python, Pythonic, CPython, C++17", bold.toHtml("python, Pythonic, CPython, C++17"));
    }

    @Test
    void boldKeywordsDoNotTouchTagsAttributesOrBoldText() {
        InlineMarkdown bold = new InlineMarkdown(List.of("href", "strong", "x", "Java", "amp"));
        assertEquals("<a href=\"https://x.org/strong\">site</a> <strong>Java</strong> &amp;",
                bold.toHtml("[site](https://x.org/strong) **Java** &"));
        assertEquals("<a href=\"https://a.org\">use <strong>Java</strong></a>", bold.toHtml("[use Java](https://a.org)"));
    }

    @Test
    void longestKeywordWinsWhenKeywordsOverlap() {
        InlineMarkdown bold = new InlineMarkdown(List.of("Deep", "Deep Learning"));
        assertEquals("<strong>Deep Learning</strong> and <strong>Deep</strong> nets",
                bold.toHtml("Deep Learning and Deep nets"));
    }

    @Test
    void keywordsAreEscapedToo() {
        InlineMarkdown bold = new InlineMarkdown(List.of("R&D"));
        assertEquals("led <strong>R&amp;D</strong>", bold.toHtml("led R&D"));
    }

    @Test
    void plainTextStripsMarkup() {
        assertEquals("Jane site", md.toPlainText("**Jane** [site](https://x)"));
        assertEquals("a <b> & *c* click", md.toPlainText("_a_ <b> & \\*c\\* [click](javascript:x)"));
        assertEquals("", md.toPlainText(null));
        assertEquals("", md.toHtml(null));
    }

    @Test
    void hugeInputsFinish() {
        String word = "x".repeat(20_000);
        String stars = "*".repeat(100_000);
        String mixed = "*a _b [c ](".repeat(10_000);
        String brackets = "[".repeat(30_000) + "](".repeat(30_000);
        String alternating = "*a ".repeat(30_000) + "b_ ".repeat(30_000);
        InlineMarkdown bold = new InlineMarkdown(List.of("x", "a", "b"));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals(word, md.toHtml(word));
            assertEquals(stars, md.toHtml(stars));
            assertFalse(bold.toHtml(mixed).isEmpty());
            assertEquals(brackets, md.toHtml(brackets));
            assertEquals(alternating, md.toPlainText(alternating));
            assertEquals(word, bold.toHtml(word));
        }, "hang guard, not a benchmark");
    }
}
