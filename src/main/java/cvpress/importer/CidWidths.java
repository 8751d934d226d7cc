package cvpress.importer;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Drops the glyph-width tables ({@code /W}, {@code /W2}) of CID fonts whose ranges name CIDs outside 0–65535:
 * PDFBox fills a map entry for every CID of a range, so one range such as {@code [0 2000000000 500]} in a few
 * bytes of PDF would exhaust any heap. Without the table the font's default width applies, which moves glyphs
 * only in such a broken PDF.
 */
public final class CidWidths {

    private static final int MAX_CID = 0xFFFF;
    private static final COSName W2 = COSName.getPDFName("W2");

    private CidWidths() {
    }

    /** Checks every dictionary reachable from the document's trailer; returns how many tables it dropped. */
    public static int limit(PDDocument document) {
        int dropped = 0;
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(document.getDocument().getTrailer());
        while (!todo.isEmpty()) {
            COSBase item = todo.pop();
            if (item instanceof COSObject indirect) {
                item = indirect.getObject();
            }
            if (item == null || !seen.add(item)) {
                continue;
            }
            if (item instanceof COSDictionary dict) {
                if (COSName.FONT.equals(dict.getCOSName(COSName.TYPE))
                        || dict.containsKey(COSName.W) && dict.containsKey(COSName.CIDSYSTEMINFO)) {
                    dropped += dropIfUnbounded(dict, COSName.W, 1) + dropIfUnbounded(dict, W2, 3);
                }
                dict.getValues().forEach(todo::push);
            } else if (item instanceof COSArray array) {
                array.forEach(todo::push);
            }
        }
        return dropped;
    }

    /** Removes {@code key} unless it is a width array whose ranges all lie within the CIDs; 1 when removed. */
    private static int dropIfUnbounded(COSDictionary font, COSName key, int valuesPerRange) {
        if (!(font.getDictionaryObject(key) instanceof COSArray widths) || isBounded(widths, valuesPerRange)) {
            return 0;
        }
        font.removeItem(key);
        return 1;
    }

    /**
     * True when every entry is {@code first [values…]} or {@code first last value…} with
     * {@code 0 <= first <= last <= 65535}, walked the way PDFBox walks it (what it skips, this skips).
     */
    private static boolean isBounded(COSArray widths, int valuesPerRange) {
        int i = 0;
        while (i < widths.size() - 1) {
            if (!(widths.getObject(i++) instanceof COSNumber first)) {
                continue;
            }
            COSBase next = widths.getObject(i++);
            if (next instanceof COSArray list) {
                if (!inRange(first.longValue()) || first.longValue() + list.size() / valuesPerRange > MAX_CID + 1L) {
                    return false;
                }
            } else {
                i += valuesPerRange;
                if (next instanceof COSNumber last && (!inRange(first.longValue()) || !inRange(last.longValue()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean inRange(long cid) {
        return cid >= 0 && cid <= MAX_CID;
    }
}
