package cvpress.render;

import cvpress.model.CvDocument;
import cvpress.model.CvLoader;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every seed and test CV in every built-in style is PDF/A-2u and PDF/UA-1 by veraPDF (zero failed rules), with
 * subset fonts and at most 100 kB for two pages; it says so in its XMP, shows its title and names its language;
 * {@code --no-pdfa} output claims neither and is smaller; an embedded source makes a PDF/A-3u file whose attachment
 * is the YAML byte for byte.
 */
class ArchivalTest {

    private static final Renderer RENDERER = new Renderer();
    private static final Path JOHN_DOE = Path.of("seeds/john-doe-rendercv.yaml");
    /** A two-page CV in any style fits in 100 kB (fonts subset, streams compressed). */
    private static final int MAX_TWO_PAGES = 100_000;

    static Stream<Arguments> everyCvInEveryStyle() throws Exception {
        return EveryStyleTest.everyCvInEveryStyle();
    }

    private static CvDocument load(Path file) {
        return new CvLoader(LocalDate.of(2026, 11, 2)).load(file).document();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyCvInEveryStyle")
    void passesVeraPdfWithSubsetFontsInLittleSpace(Path file, Style style) throws Exception {
        byte[] pdf = RENDERER.pdf(load(file), style);
        String what = file + " in " + style.name();
        assertEquals(List.of(), VeraPdf.failures(pdf), what);
        PdfSummary summary = PdfSummary.read(pdf);
        assertTrue(summary.allFontsEmbedded(), what);
        for (PdfSummary.Font font : summary.fonts()) {
            assertTrue(font.name().matches("[A-Z]{6}\\+.+"), what + ": " + font.name() + " is not a subset");
        }
        if (summary.pages() <= 2) {
            assertTrue(pdf.length <= MAX_TWO_PAGES, what + ": " + pdf.length + " bytes");
        }
    }

    @Test
    void aTwoPageCvIsAmongThoseHeldToTheSizeLimit() throws Exception {
        Style academic = new StyleCatalog(Path.of(".")).resolve("academic");
        assertEquals(2, PdfSummary.read(RENDERER.pdf(load(JOHN_DOE), academic)).pages());
    }

    @Test
    void claimsPdfAAndUaShowsTitleAndLanguage() throws Exception {
        Style academic = new StyleCatalog(Path.of(".")).resolve("academic");
        byte[] pdf = RENDERER.pdf(load(JOHN_DOE), academic);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
            assertTrue(xmp.contains("<pdfaid:conformance>U</pdfaid:conformance>"), xmp);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
            assertTrue(xmp.contains("<xmp:CreateDate>2026-11-02T00:00:00+00:00</xmp:CreateDate>"), xmp);
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
            assertEquals("John Doe - CV", doc.getDocumentInformation().getTitle());
            assertEquals("en", catalog.getLanguage());
            assertTrue(catalog.getMarkInfo().isMarked());
            assertNotNull(catalog.getStructureTreeRoot());
            byte[] srgb = ColorProfile.srgb();
            byte[] intent = catalog.getOutputIntents().get(0).getDestOutputIntent().createInputStream().readAllBytes();
            assertArrayEquals(srgb, intent, "the output intent is not cvpress's sRGB, byte for byte");
            assertEquals(1, catalog.getOutputIntents().size());
        }
        assertArrayEquals(pdf, new Renderer().pdf(load(JOHN_DOE), academic), "two renders differ");
    }

    @Test
    void embeddedSourceIsAPdfA3AssociatedFileThatReadsBack() throws Exception {
        Style academic = new StyleCatalog(Path.of(".")).resolve("academic");
        byte[] yaml = java.nio.file.Files.readAllBytes(JOHN_DOE);
        EmbeddedSource source = new EmbeddedSource("john-doe-rendercv.yaml", yaml);
        byte[] pdf = RENDERER.render(load(JOHN_DOE), academic, true, false, source).pdf();
        assertEquals(List.of(), VeraPdf.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_3_U));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>3</pdfaid:part>"), xmp);
            var spec = catalog.getNames().getEmbeddedFiles().getNames().get("john-doe-rendercv.yaml");
            assertArrayEquals(yaml, spec.getEmbeddedFileUnicode().toByteArray());
            assertEquals("application/yaml", spec.getEmbeddedFile().getSubtype());
            assertEquals("Source", spec.getCOSObject().getNameAsString("AFRelationship"));
            assertEquals(1, ((org.apache.pdfbox.cos.COSArray) catalog.getCOSObject().getDictionaryObject("AF")).size());
        }
        assertArrayEquals(pdf, new Renderer().render(load(JOHN_DOE), academic, true, false, source).pdf());
        byte[] without = RENDERER.pdf(load(JOHN_DOE), academic);
        try (PDDocument doc = Loader.loadPDF(without)) {
            assertNull(doc.getDocumentCatalog().getNames());
        }
        assertFalse(java.util.Arrays.equals(documentId(pdf), documentId(without)), "same /ID with and without");
    }

    private static byte[] documentId(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return ((org.apache.pdfbox.cos.COSString) doc.getDocument().getDocumentID().get(0)).getBytes();
        }
    }

    @Test
    void aPhotoIsAFigureWithAltTextInEveryStyle() throws Exception {
        cvpress.model.Cv base = TestCvs.cv("Photo Person", TestCvs.sections());
        cvpress.model.Cv withPhoto = new cvpress.model.Cv(base.name(), base.headline(), base.location(), base.emails(),
                base.phones(), base.websites(), Path.of("src/test/resources/style/dot.png"), base.socialNetworks(),
                base.customConnections(), base.sections());
        for (Style style : new StyleCatalog(Path.of(".")).builtIns()) {
            byte[] pdf = RENDERER.pdf(TestCvs.document(withPhoto, cvpress.model.Design.DEFAULT), style);
            assertEquals(List.of(), VeraPdf.failures(pdf), style.name());
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                List<String> alts = new java.util.ArrayList<>();
                figures(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
                assertEquals(List.of("Photo of Photo Person"), alts, style.name());
            }
        }
    }

    private static void figures(List<Object> kids, List<String> alts) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
                figures(e.getKids(), alts);
            }
        }
    }

    @Test
    void plainOutputClaimsNeitherAndIsSmaller() throws Exception {
        Style academic = new StyleCatalog(Path.of(".")).resolve("academic");
        byte[] archival = RENDERER.pdf(load(JOHN_DOE), academic);
        byte[] plain = new Renderer(false).pdf(load(JOHN_DOE), academic);
        try (PDDocument doc = Loader.loadPDF(plain)) {
            assertNull(doc.getDocumentCatalog().getMetadata());
            assertNull(doc.getDocumentCatalog().getStructureTreeRoot());
        }
        assertFalse(VeraPdf.failures(plain).isEmpty(), "veraPDF passes an untagged PDF without output intent");
        assertTrue(plain.length < archival.length, plain.length + " >= " + archival.length);
    }
}
