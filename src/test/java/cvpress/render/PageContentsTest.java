package cvpress.render;

import cvpress.model.CvLoader;
import cvpress.style.StyleCatalog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Empty artifacts leave the page content and its resources, everything that marks or draws something stays, and every
 * page's content is deflated, tagged or not.
 */
class PageContentsTest {

    private static final Pattern MARKED = Pattern.compile("(?m)^/(\\w+) /(\\w+) BDC$");

    private final Set<String> dropped = new TreeSet<>();
    private final Set<String> kept = new TreeSet<>();

    private String clean(String content) {
        return new String(PageContents.clean(content.getBytes(StandardCharsets.US_ASCII), dropped, kept),
                StandardCharsets.US_ASCII);
    }

    @Test
    void anEmptyArtifactGoesAndWhatDrawsStays() {
        String content = "q\n/Artifact /Prop1 BDC\nEMC\n/Artifact /Prop2 BDC\n0 0 1 1 re\nf\nEMC\nQ\n";
        assertEquals("q\n/Artifact /Prop2 BDC\n0 0 1 1 re\nf\nEMC\nQ\n", clean(content));
        assertEquals(Set.of("Prop1"), dropped);
        assertEquals(Set.of("Prop2"), kept);
    }

    @Test
    void artifactsThatHoldOnlyEmptyArtifactsGoToo() {
        String content = "/Artifact /Prop1 BDC\n/Artifact /Prop2 BDC\nEMC\n/Artifact /Prop3 BDC\nEMC\nEMC\nBT\nET\n";
        assertEquals("BT\nET\n", clean(content));
        assertEquals(Set.of("Prop1", "Prop2", "Prop3"), dropped);
    }

    @Test
    void taggedContentStaysEvenWhenEmpty() {
        // A span's MCID is what the structure tree points at: it must stay, and so must the artifact around it.
        String content = "/Artifact /Prop1 BDC\n/Span /Prop2 BDC\nEMC\nEMC\n/Span <</MCID 0>> BDC\nEMC\n";
        assertEquals(content, clean(content));
        assertEquals(Set.of(), dropped);
        assertEquals(Set.of("Prop1"), kept);
    }

    @Test
    void contentWithNothingToDropIsReturnedAsIs() {
        byte[] content = "BT\n(EMC) Tj\nET\nEMC\n/Artifact /Prop1 BDC\n".getBytes(StandardCharsets.US_ASCII);
        assertSame(content, PageContents.clean(content, dropped, kept));
        assertEquals(Set.of("Prop1"), kept);
    }

    @Test
    void everyPagesContentIsDeflatedTaggedOrNot() throws Exception {
        for (boolean archival : new boolean[] {true, false}) {
            byte[] pdf = new Renderer(archival).pdf(new CvLoader(TestCvs.DATE)
                    .load(Path.of("seeds/john-doe-rendercv.yaml")).document(),
                    new StyleCatalog(Path.of(".")).resolve("industry"));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertTrue(doc.getNumberOfPages() >= 2);
                for (PDPage page : doc.getPages()) {
                    page.getContentStreams().forEachRemaining(s -> assertEquals(COSName.FLATE_DECODE,
                            s.getCOSObject().getFilters(), "archival " + archival));
                }
            }
        }
    }

    @Test
    void aTaggedPdfKeepsNoEmptyArtifactAndNoPropertyListItDoesNotUse() throws Exception {
        byte[] pdf = new Renderer().pdf(new CvLoader(TestCvs.DATE).load(Path.of("seeds/john-doe-rendercv.yaml"))
                .document(), new StyleCatalog(Path.of(".")).resolve("academic"));
        int artifacts = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                String content;
                try (InputStream in = page.getContents()) {
                    content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                }
                assertFalse(Pattern.compile("(?m)^/Artifact /\\w+ BDC\nEMC$").matcher(content).find(),
                        "an empty artifact is left");
                Set<String> used = new HashSet<>();
                Matcher m = MARKED.matcher(content);
                while (m.find()) {
                    used.add(m.group(2));
                    artifacts += m.group(1).equals("Artifact") ? 1 : 0;
                }
                COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                Set<String> listed = new HashSet<>();
                properties.keySet().forEach(name -> listed.add(name.getName()));
                assertEquals(used, listed, "property lists on a page and the ones its content uses");
            }
        }
        // The running footer and the section rules are artifacts that draw: they stay.
        assertTrue(artifacts >= 2 * List.of("footer", "rule").size(), "artifacts left: " + artifacts);
    }
}
