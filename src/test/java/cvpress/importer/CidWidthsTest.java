package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** A CID font whose width table spans two billion CIDs no longer exhausts the heap when its PDF is imported. */
class CidWidthsTest {

    /** A one-page PDF saying "Ada Lovelace" in a CID font whose /W is {@code widths}, or as PDFBox wrote it. */
    private static byte[] pdf(COSArray widths) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, Path.of("fonts/noto-sans/Regular.ttf").toFile());
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(font, 20);
                text.newLineAtOffset(72, 700);
                text.showText("Ada Lovelace");
                text.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            if (widths == null) {
                return out.toByteArray();
            }
            try (PDDocument saved = Loader.loadPDF(out.toByteArray())) {
                COSDictionary fonts = saved.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.FONT);
                COSDictionary type0 = fonts.getCOSDictionary(fonts.keySet().iterator().next());
                COSDictionary cidFont = (COSDictionary) type0.getCOSArray(COSName.DESCENDANT_FONTS).getObject(0);
                cidFont.setItem(COSName.W, widths);
                ByteArrayOutputStream hostile = new ByteArrayOutputStream();
                saved.save(hostile);
                return hostile.toByteArray();
            }
        }
    }

    @Test
    void aWidthRangeOfTwoBillionCidsIsDroppedAndTheTextStillRead() throws IOException {
        byte[] hostile = pdf(new COSArray(java.util.List.of(COSInteger.get(0), COSInteger.get(2_000_000_000L),
                COSInteger.get(500))));
        ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new CvImporter().importPdf("hostile.pdf", hostile, null));
        assertEquals("Ada Lovelace", result.cv().name());
    }

    @Test
    void widthTablesWithinTheCidsAreKept() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(null))) {
            assertEquals(0, CidWidths.limit(doc), "PDFBox's own width table is bounded");
        }
        try (PDDocument doc = Loader.loadPDF(pdf(new COSArray(java.util.List.of(COSInteger.get(3),
                COSInteger.get(70_000), COSInteger.get(500)))))) {
            assertEquals(1, CidWidths.limit(doc));
        }
        try (PDDocument doc = Loader.loadPDF(pdf(new COSArray(java.util.List.of(COSInteger.get(-5),
                new COSArray(java.util.List.of(COSInteger.get(500)))))))) {
            assertEquals(1, CidWidths.limit(doc), "a negative first CID");
        }
    }
}
