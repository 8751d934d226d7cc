package cvpress.render;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The indexed {@code /Properties} dictionary answers {@code containsValue} exactly as a plain one does. */
class PropertyListsTest {

    @Test
    void answersAsAPlainDictionaryThroughAnySequenceOfChanges() {
        Random random = new Random(7);
        List<COSBase> values = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            values.add(new COSDictionary());
        }
        values.add(new COSArray());
        COSDictionary keyed = new COSDictionary();
        keyed.setKey(new COSObjectKey(12, 0));
        keyed.setDirect(false);
        values.add(keyed);
        values.add(new COSObject(values.get(0)));
        values.add(COSInteger.get(3));
        values.add(new COSString("x"));
        List<COSBase> probes = new ArrayList<>(values);
        probes.add(new COSObject(values.get(1)));
        probes.add(new COSObject(keyed));
        probes.add(new COSDictionary());
        probes.add(COSInteger.get(3));
        probes.add(new COSString("x"));
        probes.add(null);

        COSDictionary plain = new COSDictionary();
        PropertyLists indexed = new PropertyLists();
        for (int step = 0; step < 4000; step++) {
            COSName key = COSName.getPDFName("Prop" + random.nextInt(8));
            int what = random.nextInt(20);
            if (what < 12) {
                COSBase value = values.get(random.nextInt(values.size()));
                plain.setItem(key, value);
                indexed.setItem(key, value);
            } else if (what < 17) {
                plain.removeItem(key);
                indexed.removeItem(key);
            } else if (what < 18) {
                plain.setItem(key, (COSBase) null);
                indexed.setItem(key, (COSBase) null);
            } else if (what < 19) {
                COSDictionary more = new COSDictionary();
                more.setItem(key, values.get(random.nextInt(values.size())));
                plain.addAll(more);
                indexed.addAll(more);
            } else if (random.nextInt(10) == 0) {
                plain.clear();
                indexed.clear();
            }
            for (COSBase probe : probes) {
                assertEquals(plain.containsValue(probe), indexed.containsValue(probe), "step " + step + ": " + probe);
            }
            assertEquals(plain.keySet(), indexed.keySet());
        }
    }

    @Test
    void aPageOfItsDocumentHasOneAndPdfBoxNamesEachPropertyListOnce() {
        PDDocument document = PropertyLists.document();
        PDPage page = new PDPage();
        document.addPage(page);
        assertInstanceOf(PropertyLists.class,
                page.getCOSObject().getCOSDictionary(COSName.RESOURCES).getCOSDictionary(COSName.PROPERTIES));
        PDResources resources = page.getResources();
        PDPropertyList first = PDPropertyList.create(new COSDictionary());
        PDPropertyList second = PDPropertyList.create(new COSDictionary());
        COSName one = resources.add(first);
        COSName two = resources.add(second);
        assertNotEquals(one, two);
        assertEquals(one, resources.add(first));

        PDPage withResources = new PDPage();
        PDResources own = new PDResources();
        withResources.setResources(own);
        document.addPage(withResources);
        assertSame(own.getCOSObject(), withResources.getCOSObject().getCOSDictionary(COSName.RESOURCES));
    }
}
