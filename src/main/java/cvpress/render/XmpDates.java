package cvpress.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.xml.transform.TransformerException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;

/**
 * Pins the dates of a document's XMP metadata, when it has any (the typesetter writes XMP for PDF/A
 * and PDF/UA, stamped with the wall clock), to the CV's date, so that they match the document
 * information and do not vary between runs; names cvpress as the creator tool, as the information does.
 */
final class XmpDates {

    private XmpDates() {
    }

    static void pin(PDDocument pdf, Calendar date) throws IOException {
        PDMetadata stream = pdf.getDocumentCatalog().getMetadata();
        if (stream == null) {
            return;
        }
        XMPMetadata xmp;
        try (InputStream in = stream.exportXMPMetadata()) {
            xmp = new DomXmpParser().parse(in.readAllBytes());
        } catch (XmpParsingException e) {
            throw new IOException("unreadable XMP metadata: " + e.getMessage());
        }
        XMPBasicSchema basic = xmp.getXMPBasicSchema();
        if (basic == null) {
            basic = xmp.createAndAddXMPBasicSchema();
        }
        basic.setCreatorTool("cvpress");
        basic.setCreateDate(date);
        basic.setModifyDate(date);
        basic.setMetadataDate(date);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write XMP metadata: " + e.getMessage());
        }
        String text = out.toString(StandardCharsets.UTF_8).replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
        PDMetadata pinned = new PDMetadata(pdf);
        pinned.importXMPMetadata(text.getBytes(StandardCharsets.UTF_8));
        pdf.getDocumentCatalog().setMetadata(pinned);
    }
}
