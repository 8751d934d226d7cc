package cvpress.render;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A page's {@code /Properties} resource dictionary that answers whether it holds a value without looking through
 * every entry. PDFBox asks that each time a marked-content sequence names a property list, and a tagged page names
 * hundreds (see {@link PageContents}), so the plain dictionary made painting a page quadratic in its tags. Answers as
 * {@link COSDictionary#containsValue} does: by identity for dictionaries, arrays and references (which do not
 * override {@code equals}), by that method itself for anything else.
 */
final class PropertyLists extends COSDictionary {

    /** The values held (each count of keys), by identity. */
    private final Map<COSBase, Integer> held = new IdentityHashMap<>();

    /** A new document whose pages get a {@code /Properties} dictionary of this kind when they are added. */
    static PDDocument document() {
        return new PDDocument() {
            @Override
            public void addPage(PDPage page) {
                if (page.getCOSObject().getCOSDictionary(COSName.RESOURCES) == null) {
                    COSDictionary resources = new COSDictionary();
                    resources.setItem(COSName.PROPERTIES, new PropertyLists());
                    page.setResources(new PDResources(resources));
                }
                super.addPage(page);
            }
        };
    }

    @Override
    public void setItem(COSName key, COSBase value) {
        if (value == null) {
            removeItem(key);
            return;
        }
        forget(getItem(key));
        super.setItem(key, value);
        remember(getItem(key));
    }

    @Override
    public void removeItem(COSName key) {
        forget(getItem(key));
        super.removeItem(key);
    }

    @Override
    public void clear() {
        super.clear();
        held.clear();
    }

    @Override
    public void addAll(COSDictionary dictionary) {
        dictionary.entrySet().forEach(entry -> setItem(entry.getKey(), entry.getValue()));
    }

    @Override
    public boolean containsValue(Object value) {
        if (!byIdentity(value)) {
            return super.containsValue(value);
        }
        return held.containsKey(value) || value instanceof COSObject reference && held.containsKey(reference.getObject());
    }

    private static boolean byIdentity(Object value) {
        return value instanceof COSDictionary || value instanceof COSArray || value instanceof COSObject;
    }

    private void remember(COSBase value) {
        if (value != null) {
            held.merge(value, 1, Integer::sum);
        }
    }

    private void forget(COSBase value) {
        if (value != null) {
            held.computeIfPresent(value, (v, n) -> n == 1 ? null : n - 1);
        }
    }
}
