package cvpress.render;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

import java.lang.reflect.Field;

/**
 * Keeps openhtmltopdf from writing its own XMP packet, which cvpress replaces with an {@link XmpPacket}.
 *
 * <p>A renderer built for PDF/A and PDF/UA tags the document and embeds every font; when it writes the first page
 * it also builds an XMP packet with xmpbox (serialised through the JDK's XSLT classes: some 50 ms of a cold render)
 * and marks the catalogue. Only that last step reads the renderer's two private copies of the conformance settings
 * (openhtmltopdf 1.1.65), and the builder offers no switch for it; clearing those copies after the renderer is
 * built skips it and nothing else. {@code TypesetterXmpTest} holds the library to this.
 */
final class TypesetterXmp {

    private TypesetterXmp() {
    }

    /** The renderer's private fields, found once per JVM. */
    private static final class Fields {
        static final Field PDF_A = field("_pdfAConformance");
        static final Field PDF_UA = field("_pdfUaConformance");

        private Fields() {
        }

        private static Field field(String name) {
            try {
                Field field = PdfBoxRenderer.class.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("openhtmltopdf's renderer has no field " + name, e);
            }
        }
    }

    /** Makes {@code renderer}, built for PDF/A or PDF/UA, write no XMP packet and leave the catalogue's flags alone. */
    static void skip(PdfBoxRenderer renderer) {
        try {
            Fields.PDF_A.set(renderer, PdfAConformance.NONE);
            Fields.PDF_UA.setBoolean(renderer, false);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("openhtmltopdf's renderer cannot be told to skip its XMP", e);
        }
    }
}
