package cvpress.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Turns the pages of a PDF into PNG images with PDFBox's renderer. */
final class PageRasterizer {

    List<byte[]> png(byte[] pdf, float dpi) throws RenderException {
        if (!(dpi >= 9 && dpi <= 1200)) {
            throw new RenderException("PNG resolution " + dpi + " dpi is outside 9..1200");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<byte[]> pages = new ArrayList<>(doc.getNumberOfPages());
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(image, "png", out);
                pages.add(out.toByteArray());
            }
            return List.copyOf(pages);
        } catch (IOException e) {
            throw new RenderException("cannot rasterise the PDF: " + e.getMessage());
        }
    }
}
