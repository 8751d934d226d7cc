package cvpress.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads back what a rendered PDF says, for assertions. */
final class PdfFacts {

    private PdfFacts() {
    }

    /** The text of the whole PDF in reading order (PDFBox, sorted by position), with Unix line ends. */
    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return text(doc, 1, doc.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(PDDocument doc, int firstPage, int lastPage) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        stripper.setStartPage(firstPage);
        stripper.setEndPage(lastPage);
        return stripper.getText(doc);
    }
}
