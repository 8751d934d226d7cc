package cvpress.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.DateConverter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.regex.Pattern;

/**
 * Pins the dates of a document's XMP metadata, when it has any (the typesetter writes XMP for PDF/A
 * and PDF/UA, stamped with the wall clock), to the CV's date, so that they match the document
 * information and do not vary between runs; names cvpress as the creator tool, as the information does.
 * The packet is edited as text (the xmp: properties as xmpbox writes them are replaced by one description
 * of their own): parsing and re-serialising it with xmpbox took some 40 ms a render.
 */
final class XmpDates {

    private static final Pattern BASIC_PROPERTY = Pattern.compile(
            "\\s*<xmp:(CreateDate|ModifyDate|MetadataDate|CreatorTool)>[^<]*</xmp:\\1>"
                    + "|\\s+xmp:(CreateDate|ModifyDate|MetadataDate|CreatorTool)=\"[^\"]*\"");
    private static final String RDF_END = "</rdf:RDF>";

    private XmpDates() {
    }

    static void pin(PDDocument pdf, Calendar date) throws IOException {
        PDMetadata stream = pdf.getDocumentCatalog().getMetadata();
        if (stream == null) {
            return;
        }
        String xmp;
        try (InputStream in = stream.exportXMPMetadata()) {
            xmp = BASIC_PROPERTY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll("");
        }
        int end = xmp.lastIndexOf(RDF_END);
        if (end < 0) {
            throw new IOException("unreadable XMP metadata: no rdf:RDF element");
        }
        String stamp = DateConverter.toISO8601(date);
        String basic = "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
                + "<xmp:CreatorTool>cvpress</xmp:CreatorTool>"
                + "<xmp:CreateDate>" + stamp + "</xmp:CreateDate>"
                + "<xmp:ModifyDate>" + stamp + "</xmp:ModifyDate>"
                + "<xmp:MetadataDate>" + stamp + "</xmp:MetadataDate>"
                + "</rdf:Description>\n";
        String text = xmp.substring(0, end) + basic + xmp.substring(end);
        PDMetadata pinned = new PDMetadata(pdf);
        pinned.importXMPMetadata(text.getBytes(StandardCharsets.UTF_8));
        pdf.getDocumentCatalog().setMetadata(pinned);
    }
}
