package cvpress.render;

import cvpress.style.StyleSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@link ResourcePolicy#markup} leaves of a page: every kind of element it removes and attribute it cuts. */
class ResourcePolicyTest {

    private static final String FAR = "http://example.invalid/";

    private static Document marked(String body, boolean inline) {
        Document page = Jsoup.parse("<html><head><meta http-equiv=\"refresh\" content=\"0; url=" + FAR + "\">"
                + "<meta name=\"author\" content=\"A\"><base href=\"" + FAR + "\">"
                + "<link rel=\"stylesheet\" href=\"" + FAR + "a.css\">"
                + "<style>@import url(" + FAR + "b.css); .x { background: url(" + FAR + "c.png); }"
                + " .y { background: url('dot.png'); }</style></head><body>" + body + "</body></html>");
        new ResourcePolicy(new StyleSource.Bundled("academic"), inline).markup(page);
        return page;
    }

    @Test
    void removesEveryElementThatLoadsOrRunsThings() {
        Document page = marked("<p id=\"kept\">text<script>alert(1)</script></p>"
                + "<noscript><img id=\"hidden\" src=\"dot.png\"></noscript>"
                + "<iframe src=\"" + FAR + "\"></iframe><object data=\"" + FAR + "\"></object>"
                + "<embed src=\"" + FAR + "\"><applet code=\"X\"></applet>"
                + "<div><frameset><frame src=\"" + FAR + "\"></frameset></div>", false);
        for (String gone : List.of("script", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet",
                "link", "base", "meta[http-equiv]", "#hidden")) {
            assertTrue(page.select(gone).isEmpty(), gone + " survived: " + page.select(gone));
        }
        assertEquals("text", page.getElementById("kept").text());
        assertEquals("A", page.selectFirst("meta[name=author]").attr("content"), "a plain meta went too");
    }

    @Test
    void cutsEveryFarReferenceAndKeepsTheStylesOwnFiles() {
        Document page = marked("<img id=\"far\" src=\"" + FAR + "i.png\" srcset=\"" + FAR + "i2.png 2x\">"
                + "<img id=\"own\" src=\"dot.png\"><img id=\"up\" src=\"../../etc/passwd\">"
                + "<img id=\"data\" src=\"data:image/png;base64,AAAA\">"
                + "<video id=\"video\" poster=\"" + FAR + "p.png\"></video>"
                + "<table><tr><td id=\"cell\" background=\"file:///etc/passwd\">x</td></tr></table>"
                + "<svg><image id=\"svg\" xlink:href=\"" + FAR + "s.png\"></image></svg>"
                + "<div id=\"styled\" style=\"background-image: url(" + FAR + "d.png); color: red\">x</div>"
                + "<a id=\"link\" href=\"" + FAR + "cv\">a link</a>", false);
        assertFalse(page.getElementById("far").hasAttr("src"));
        assertFalse(page.getElementById("far").hasAttr("srcset"));
        assertEquals("dot.png", page.getElementById("own").attr("src"));
        assertFalse(page.getElementById("up").hasAttr("src"));
        assertEquals("data:image/png;base64,AAAA", page.getElementById("data").attr("src"));
        assertFalse(page.getElementById("video").hasAttr("poster"));
        assertFalse(page.getElementById("cell").hasAttr("background"));
        Element svg = page.getElementById("svg");
        assertNotNull(svg);
        assertFalse(svg.hasAttr("xlink:href"), svg.toString());
        assertEquals("background-image: url(\"data:,\"); color: red", page.getElementById("styled").attr("style"));
        assertEquals(FAR + "cv", page.getElementById("link").attr("href"), "a link is not a fetch and stays");
        String sheet = page.selectFirst("style").data();
        assertFalse(sheet.contains("@import") || sheet.contains(FAR), sheet);
        assertTrue(sheet.contains(".x { background: url(\"data:,\"); }"), sheet);
        assertTrue(sheet.contains(".y { background: url(\"dot.png\"); }"), sheet);
    }

    @Test
    void inlinesTheStylesOwnFilesForTheStandalonePage() {
        Document page = marked("<img id=\"own\" src=\"style.css\"><img id=\"missing\" src=\"missing.png\">"
                + "<img id=\"far\" src=\"" + FAR + "i.png\">", true);
        assertTrue(page.getElementById("own").attr("src").startsWith("data:text/css;base64,"),
                page.getElementById("own").attr("src"));
        assertFalse(page.getElementById("missing").hasAttr("src"), "a file the style lacks stayed a reference");
        assertFalse(page.getElementById("far").hasAttr("src"));
        assertTrue(page.selectFirst("style").data().contains(".y { background: url(\"data:,\"); }"),
                page.selectFirst("style").data());
    }
}
