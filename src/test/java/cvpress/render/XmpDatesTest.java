package cvpress.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;

class XmpDatesTest {

    @Test
    void wallClockXmpDatesArePinnedToTheCvDate() throws Exception {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        date.clear();
        date.set(2026, Calendar.NOVEMBER, 2);
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreateDate(Calendar.getInstance());
            basic.setCreatorTool("cvpress");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            PDMetadata stream = new PDMetadata(pdf);
            stream.importXMPMetadata(out.toByteArray());
            pdf.getDocumentCatalog().setMetadata(stream);

            XmpDates.pin(pdf, date);

            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            pdf.save(saved);
            try (PDDocument back = Loader.loadPDF(saved.toByteArray());
                 InputStream in = back.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                XMPBasicSchema pinned = new DomXmpParser().parse(in.readAllBytes()).getXMPBasicSchema();
                assertEquals(date.getTimeInMillis(), pinned.getCreateDate().getTimeInMillis());
                assertEquals(date.getTimeInMillis(), pinned.getModifyDate().getTimeInMillis());
                assertEquals(date.getTimeInMillis(), pinned.getMetadataDate().getTimeInMillis());
                assertEquals("cvpress", pinned.getCreatorTool());
            }
        }
    }
}
