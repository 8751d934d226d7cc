package cvpress.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the pages of a PDF into PNG images with PDFBox's renderer; a page may be at most {@value #MAX_PIXELS}
 * pixels (A4 at 600 dpi is 35 million), so that a high resolution fails with a message instead of running out of
 * memory.
 */
final class PageRasterizer {

    static final long MAX_PIXELS = 40_000_000;

    List<byte[]> png(byte[] pdf, float dpi) throws RenderException {
        if (!(dpi >= 9 && dpi <= 1200)) {
            throw new RenderException("PNG resolution " + dpi + " dpi is outside 9..1200");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<byte[]> pages = new ArrayList<>(doc.getNumberOfPages());
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                checkSize(doc.getPage(i).getCropBox(), dpi);
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

    private static double pixels(PDRectangle page, double dpi) {
        return Math.ceil(page.getWidth() / 72.0 * dpi) * Math.ceil(page.getHeight() / 72.0 * dpi);
    }

    private static void checkSize(PDRectangle page, float dpi) throws RenderException {
        double pixels = pixels(page, dpi);
        if (pixels > MAX_PIXELS) {
            int most = (int) Math.floor(dpi * Math.sqrt(MAX_PIXELS / pixels));
            while (most > 1 && pixels(page, most) > MAX_PIXELS) {
                most--;
            }
            throw new RenderException(String.format(Locale.ROOT,
                    "a PNG page at %s dpi would have %.0f million pixels, over the limit of %d million; use --dpi %d "
                            + "or less", dpi % 1 == 0 ? Integer.toString((int) dpi) : Float.toString(dpi),
                    pixels / 1e6, MAX_PIXELS / 1_000_000, most));
        }
    }
}
