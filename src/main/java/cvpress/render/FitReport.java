package cvpress.render;

import java.util.ArrayList;
import java.util.List;

/**
 * What fitting a CV to a style's page count changed: nothing when it fitted as written, else the spacing,
 * line height and font size it was set in and the whole entries, highlights and sections it left out.
 *
 * @param pages             the page count fitted to
 * @param changed           whether anything was changed at all
 * @param spacingTightened  whether the gaps were tightened
 * @param lineHeightReduced whether the line height was reduced
 * @param fontSizePt        the body font size in points it was set in
 * @param leftOut           what was left out, each one phrase ("7 of 12 Publications")
 * @param layouts           how many layouts the search took
 */
public record FitReport(int pages, boolean changed, boolean spacingTightened, boolean lineHeightReduced,
                        double fontSizePt, List<String> leftOut, int layouts) {

    public FitReport {
        leftOut = List.copyOf(leftOut);
    }

    /**
     * One line, e.g. {@code fitted on 1 page at 9.5 pt (spacing tightened, line height reduced); left out 7 of 12
     * Publications, 2 sections: Teaching, Service}.
     */
    public String describe() {
        String page = pages + " page" + (pages == 1 ? "" : "s");
        if (!changed) {
            return "fits on " + page + " as written";
        }
        List<String> how = new ArrayList<>();
        if (spacingTightened) {
            how.add("spacing tightened");
        }
        if (lineHeightReduced) {
            how.add("line height reduced");
        }
        StringBuilder s = new StringBuilder("fitted on ").append(page).append(" at ")
                .append(FitSettings.number(fontSizePt)).append(" pt");
        if (!how.isEmpty()) {
            s.append(" (").append(String.join(", ", how)).append(')');
        }
        if (!leftOut.isEmpty()) {
            s.append("; left out ").append(String.join(", ", leftOut));
        }
        return s.toString();
    }
}
