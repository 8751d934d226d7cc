package cvpress.render;

import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;

/**
 * The metrics the typesetter derives from a face when it loads it (in thousandths of an em), listed for the bundled
 * faces in {@code fonts/metrics.txt}: a line of text is sized by every face its font-family names, the fallback
 * family's included, so without the list a page would parse and load fallback faces it never draws with.
 */
record FaceMetrics(float ascent, float descent, float strikethroughOffset, float strikethroughThickness,
                   float underlinePosition, float underlineThickness, float typographicDescent) {

    private static final int FIELDS = 7;

    /** The metrics the typesetter derived. */
    static FaceMetrics of(PdfBoxRawPDFontMetrics m) {
        return new FaceMetrics(m._ascent, m._descent, m._strikethroughOffset, m._strikethroughThickness,
                m._underlinePosition, m._underlineThickness, m._typoDescent);
    }

    /** The metrics written as {@link #toString} writes them; null unless there are seven numbers. */
    static FaceMetrics parse(String text) {
        String[] fields = text.strip().split(" ");
        if (fields.length != FIELDS) {
            return null;
        }
        float[] v = new float[FIELDS];
        try {
            for (int i = 0; i < FIELDS; i++) {
                v[i] = Float.parseFloat(fields[i]);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return new FaceMetrics(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    /** The metrics as the typesetter keeps them. */
    PdfBoxRawPDFontMetrics typesetters() {
        return new PdfBoxRawPDFontMetrics(ascent, descent, strikethroughOffset, strikethroughThickness,
                underlinePosition, underlineThickness, typographicDescent);
    }

    /** The seven numbers, space-separated, each written so that it reads back as the same float. */
    @Override
    public String toString() {
        return ascent + " " + descent + " " + strikethroughOffset + " " + strikethroughThickness + " "
                + underlinePosition + " " + underlineThickness + " " + typographicDescent;
    }
}
