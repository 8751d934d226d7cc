package cvpress.render;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A renderer built for PDF/A-2u and PDF/UA that {@link TypesetterXmp} told to skip its XMP writes none (and marks
 * nothing in the catalogue) but still tags the document as PDF 1.7; left alone, the same renderer writes its packet. This holds openhtmltopdf to what {@code TypesetterXmp} assumes of it.
 */
class TypesetterXmpTest {

    private static final String PAGE = "<html lang=\"en\"><head><title>T</title>"
            + "<style>body { font-family: 'Noto Sans'; }</style></head><body><h1>Title</h1><p>Text.</p></body></html>";

    private static byte[] render(boolean skip) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withHtmlContent(PAGE, null);
        builder.useFastMode();
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> TypesetterXmpTest.class.getClassLoader()
                .getResourceAsStream("fonts/noto-sans/Regular.ttf"), "Noto Sans");
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            if (skip) {
                TypesetterXmp.skip(renderer);
            }
            renderer.layout();
            renderer.createPDF();
        }
        return out.toByteArray();
    }

    @Test
    void skippedRendererWritesNoXmpButStillTags() throws Exception {
        try (PDDocument doc = Loader.loadPDF(render(true))) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertNull(catalog.getMetadata());
            assertNull(catalog.getMarkInfo());
            assertNotNull(catalog.getStructureTreeRoot());
            assertEquals(1.7f, doc.getVersion());
        }
    }

    @Test
    void rendererLeftAloneWritesItsOwnXmp() throws Exception {
        try (PDDocument doc = Loader.loadPDF(render(false))) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertNotNull(catalog.getMetadata());
            assertNotNull(catalog.getMarkInfo());
            assertNotNull(catalog.getStructureTreeRoot());
        }
    }
}
