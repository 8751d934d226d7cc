package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A PDF that cvpress did not make (a centred résumé with floats, typeset from HTML) imports into the right facts. */
class PdfImportTest {

    static final Path DIR = Path.of("src/test/resources/import/pdf");

    @Test
    void centredResumeFromHtml() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withHtmlContent(Files.readString(DIR.resolve("centered-resume.html")), null);
        builder.toStream(pdf);
        builder.run();
        ImportResult r = new CvImporter().importPdf("centered-resume.pdf", pdf.toByteArray(), null);
        List<String> expected = Files.readAllLines(DIR.resolve("centered-resume.facts"), StandardCharsets.UTF_8);
        assertEquals(String.join("\n", expected), String.join("\n", Facts.of(r.cv())));
        assertEquals(List.of("+234 803 555 0199"), r.cv().phones());
        assertEquals("Lagos, Nigeria", r.cv().location());
    }
}
