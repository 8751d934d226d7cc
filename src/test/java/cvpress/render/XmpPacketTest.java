package cvpress.render;

import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The XMP packet cvpress writes is one xmpbox's strict parser reads back with the document information's values,
 * markup characters included, the CV's date as every XMP date, and the PDF/A and PDF/UA claims.
 */
class XmpPacketTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 2);

    private static XMPMetadata parse(byte[] packet) throws Exception {
        DomXmpParser parser = new DomXmpParser();
        parser.setStrictParsing(true);
        return parser.parse(packet);
    }

    @Test
    void readsBackAsTheDocumentInformationWithTheClaims() throws Exception {
        PdfMetadata meta = new PdfMetadata("Ada <Lovelace> & Co - CV", "Ada \"Lovelace\" & Co",
                "Curriculum vitae of Ada: <b>engines</b>", "CV, Ada, R&D, C++ <templates>", "en", DATE, List.of());
        byte[] packet = XmpPacket.of(meta, 2, "1.7");
        XMPMetadata xmp = parse(packet);

        DublinCoreSchema dc = xmp.getDublinCoreSchema();
        assertEquals("Ada <Lovelace> & Co - CV", dc.getTitle());
        assertEquals(List.of("Ada \"Lovelace\" & Co"), dc.getCreators());
        assertEquals("Curriculum vitae of Ada: <b>engines</b>", dc.getDescription());
        assertEquals("application/pdf", dc.getFormat());
        AdobePDFSchema pdf = xmp.getAdobePDFSchema();
        assertEquals("CV, Ada, R&D, C++ <templates>", pdf.getKeywords());
        assertEquals("cvpress", pdf.getProducer());
        assertEquals("1.7", pdf.getPDFVersion());
        XMPBasicSchema basic = xmp.getXMPBasicSchema();
        assertEquals("cvpress", basic.getCreatorTool());
        Calendar midnight = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        midnight.clear();
        midnight.set(2026, Calendar.NOVEMBER, 2);
        assertEquals(midnight.getTimeInMillis(), basic.getCreateDate().getTimeInMillis());
        assertEquals(midnight.getTimeInMillis(), basic.getModifyDate().getTimeInMillis());
        assertEquals(midnight.getTimeInMillis(), basic.getMetadataDate().getTimeInMillis());
        PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
        assertEquals(2, id.getPart());
        assertEquals("U", id.getConformance());
        String text = new String(packet, StandardCharsets.UTF_8);
        assertTrue(text.contains("<pdfuaid:part>1</pdfuaid:part>"), text);
        assertTrue(text.contains("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"), text);
        assertTrue(text.startsWith("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"), text);
        assertTrue(text.endsWith("<?xpacket end=\"w\"?>"), text);
    }

    @Test
    void claimsThePartItIsGiven() throws Exception {
        PdfMetadata meta = new PdfMetadata("T", "A", "S", "K", "en", DATE, List.of());
        assertEquals(3, parse(XmpPacket.of(meta, 3, "1.7")).getPDFAIdentificationSchema().getPart());
    }

    @Test
    void leavesOutWhatTheDocumentInformationLeavesOut() throws Exception {
        PdfMetadata meta = new PdfMetadata("CV", null, " ", null, "en", null, List.of());
        XMPMetadata xmp = parse(XmpPacket.of(meta, 2, "1.7"));
        assertEquals("CV", xmp.getDublinCoreSchema().getTitle());
        assertNull(xmp.getDublinCoreSchema().getCreators());
        assertNull(xmp.getDublinCoreSchema().getDescription());
        assertNull(xmp.getAdobePDFSchema().getKeywords());
        assertNull(xmp.getXMPBasicSchema().getCreateDate());
        assertNull(xmp.getXMPBasicSchema().getModifyDate());
        assertNull(xmp.getXMPBasicSchema().getMetadataDate());
        assertEquals("cvpress", xmp.getXMPBasicSchema().getCreatorTool());
    }

    @Test
    void dropsWhatXmlCannotCarryAndKeepsTheRest() throws Exception {
        String title = "Zo\u00eb \u674e\u96f7 \uD83D\uDE00 a\u0001b\u000Bc\uFFFEd\uD800e\tf";
        PdfMetadata meta = new PdfMetadata(title, null, null, null, "en", DATE, List.of());
        assertEquals("Zo\u00eb \u674e\u96f7 \uD83D\uDE00 abcde\tf",
                parse(XmpPacket.of(meta, 2, "1.7")).getDublinCoreSchema().getTitle());
        assertFalse(new String(XmpPacket.of(meta, 2, "1.7"), StandardCharsets.UTF_8).contains("\u0001"));
    }

    @Test
    void stampsAnyDateAsMidnightUtc() {
        assertEquals("2026-11-02T00:00:00+00:00", XmpPacket.stamp(DATE));
        assertEquals("0999-01-31T00:00:00+00:00", XmpPacket.stamp(LocalDate.of(999, 1, 31)));
        assertEquals("2024-12-09T00:00:00+00:00", XmpPacket.stamp(LocalDate.of(2024, 12, 9)));
    }
}
