package cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.NoOpLog;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import org.junit.jupiter.api.io.TempDir;

/** {@code cvpress check}: what it reports on cvpress's PDFs and on others, and when it fails. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private Path render(String yaml, String... options) throws IOException {
        Path cv = dir.resolve("jane.yaml");
        Files.writeString(cv, yaml);
        String[] args = new String[options.length + 4];
        args[0] = "render";
        args[1] = cv.toString();
        args[2] = "-o";
        args[3] = dir.resolve("out").toString();
        System.arraycopy(options, 0, args, 4, options.length);
        CliTest.Run r = CliTest.cvpress(args);
        assertEquals(0, r.code(), r.err());
        try (var files = Files.list(dir.resolve("out"))) {
            return files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
    }

    @Test
    void reportsACvpressPdfAndItsWords() throws IOException {
        Path pdf = render(CliTest.GOOD);
        CliTest.Run r = CliTest.cvpress("check", pdf.toString(), "--cv", dir.resolve("jane.yaml").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("pages:     1, A4 (210 × 297 mm)"), r.out());
        assertTrue(r.out().contains(", all embedded"), r.out());
        assertTrue(r.out().contains("title:     Jane Roe - CV"), r.out());
        assertTrue(r.out().contains("language:  en"), r.out());
        assertTrue(r.out().contains("PDF/A:     2U (claimed in XMP)"), r.out());
        assertTrue(r.out().contains("PDF/UA:    1 (claimed in XMP); tagged: yes; title shown: yes"), r.out());
        assertTrue(r.out().contains("mailto:jane@example.org"), r.out());
        assertTrue(r.out().contains("(recall 1.00), order 1.00"), r.out());
        assertFalse(r.out().contains("missing:"), r.out());
    }

    @Test
    void plainPdfClaimsNothing() throws IOException {
        Path pdf = render(CliTest.GOOD, "--no-pdfa");
        CliTest.Run r = CliTest.cvpress("check", pdf.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("PDF/A:     not claimed"), r.out());
        assertTrue(r.out().contains("PDF/UA:    not claimed; tagged: no"), r.out());
        assertTrue(r.out().contains("attached:  nothing"), r.out());
    }

    @Test
    void embeddedSourceMakesPdfA3() throws IOException {
        Path pdf = render(CliTest.GOOD, "--embed-source");
        CliTest.Run r = CliTest.cvpress("check", pdf.toString(), "--cv", dir.resolve("jane.yaml").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("PDF/A:     3U (claimed in XMP)"), r.out());
        assertTrue(r.out().contains("attached:  jane.yaml (application/yaml, Source)"), r.out());
        assertTrue(r.out().contains("(recall 1.00), order 1.00"), r.out());
    }

    @Test
    void wordsMissingFromThePdfAreListedAndFail() throws IOException {
        Path pdf = render(CliTest.GOOD);
        Path other = dir.resolve("more.yaml");
        Files.writeString(other, CliTest.GOOD.replace("position: Engineer", "position: Engineer\n"
                + "        highlights:\n          - Shipped the Frobnicator"));
        CliTest.Run r = CliTest.cvpress("check", pdf.toString(), "--cv", other.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("missing:   shipped the frobnicator"), r.out());
        assertTrue(r.out().contains("9 of 12 from " + other + " (recall 0.75)"), r.out());
    }

    @Test
    void aFontNotEmbeddedFails() throws IOException {
        Path pdf = dir.resolve("helvetica.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText("Jane Roe");
                s.endText();
            }
            doc.save(pdf.toFile());
        }
        CliTest.Run r = CliTest.cvpress("check", pdf.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("pages:     1, US letter (216 × 279 mm)"), r.out());
        assertTrue(r.out().contains("fonts:     1, 1 not embedded"), r.out());
        assertTrue(r.out().contains("Helvetica (Type1, NOT embedded)"), r.out());
        assertTrue(r.out().contains("PDF/A:     not claimed"), r.out());
    }

    @Test
    void encryptedAndBrokenFilesGiveOneLine() throws IOException {
        Path locked = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            doc.save(locked.toFile());
        }
        CliTest.Run r = CliTest.cvpress("check", locked.toString());
        assertEquals(1, r.code());
        assertEquals(locked + ": error: the PDF is encrypted with a password", r.err().strip());

        Path broken = dir.resolve("broken.pdf");
        Files.writeString(broken, "%PDF-1.7\nthis is not a PDF\n");
        r = CliTest.cvpress("check", broken.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(broken + ": error: not a readable PDF: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals("", r.out());

        r = CliTest.cvpress("check", dir.resolve("absent.pdf").toString());
        assertEquals(1, r.code());
        assertEquals(dir.resolve("absent.pdf") + ": error: no such file", r.err().strip());
    }

    @Test
    void aFontClaimingWidthsForBillionsOfGlyphsIsReportedNotFilledIn() {
        // Found by fuzzing PDF import: a few bytes of width table made PDFBox fill one map entry per CID.
        Path hostile = Path.of("src/test/resources/cvpress/importer/CvImporterFuzzTestInputs/"
                + "pdfImportGivesARecordOrAnIoError/crash-844a0069d4b707c6eec388385cd6c175298b9677");
        CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliTest.cvpress("check", hostile.toString()));
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("pages:     1"), r.out());
        assertTrue(r.out().contains("NOT embedded"), r.out());
        assertEquals("", r.err(), "PDFBox's warnings about the damaged file are not printed");
    }

    @Test
    void pdfboxAndFontboxLogNowhere() {
        // commons-logging.properties makes every Commons Logging log a no-op: PDFBox's warnings about a damaged
        // file would otherwise reach the console beside cvpress's own one-line report.
        for (String name : List.of("org.apache.pdfbox.pdfparser.COSParser", "org.apache.fontbox.ttf.TTFParser")) {
            assertInstanceOf(NoOpLog.class, LogFactory.getLog(name), name);
        }
    }
}
