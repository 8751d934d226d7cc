package cvpress.render;

import cvpress.model.CvLoader;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every stream of a PDF cvpress writes is deflated at zlib's fastest level, as its zlib header says. */
class DeflateLevelTest {

    @Test
    void everyStreamIsDeflatedAtTheFastestLevel() throws Exception {
        Style academic = new StyleCatalog(Path.of(".")).resolve("academic");
        byte[] pdf = new Renderer().pdf(new CvLoader(LocalDate.of(2026, 11, 2))
                .load(Path.of("seeds/john-doe-rendercv.yaml")).document(), academic);
        List<String> kinds = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
                COSObject object = doc.getDocument().getObjectFromPool(key);
                COSBase base = object.getObject();
                if (base instanceof COSStream stream && COSName.FLATE_DECODE.equals(stream.getFilters())) {
                    try (InputStream raw = stream.createRawInputStream()) {
                        int cmf = raw.read();
                        int flags = raw.read();
                        assertEquals(8, cmf & 0x0F, key + " is not deflated");
                        // FLEVEL, the top two bits of the second byte: 0 is the fastest level, 2 zlib's default.
                        assertEquals(0, flags >> 6, key + " was deflated at level class " + (flags >> 6));
                    }
                    kinds.add(stream.containsKey(COSName.LENGTH1) ? "font"
                            : COSName.OBJ_STM.equals(stream.getCOSName(COSName.TYPE)) ? "object stream" : "other");
                }
            }
        }
        assertTrue(kinds.contains("font") && kinds.contains("object stream") && kinds.size() >= 8, kinds.toString());
    }
}
