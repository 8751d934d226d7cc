package cvpress.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the CV owner's name when no header gives it: the author written in bold (or underlined, which the
 * cleaner turned into bold) most often in author lists — lines that name several people.
 */
final class OwnerNameFinder {

    private static final Pattern BOLD_NAME = Pattern.compile(
            "\\*\\*(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,3})\\*\\*");

    /** The most emphasised author, or null when no author list emphasises anyone. */
    String find(List<Line> lines) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Line line : lines) {
            String t = line.text();
            if (t.chars().filter(c -> c == ',').count() < 2) {
                continue;
            }
            Matcher m = BOLD_NAME.matcher(t);
            while (m.find()) {
                counts.merge(m.group(1), 1, Integer::sum);
            }
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
