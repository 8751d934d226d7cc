package cvpress.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops what a PDF-to-text conversion adds that is not part of the CV: page numbers ("3", "- 3 -",
 * "Page 2 of 2", "2/3"), horizontal rules, a lone "CURRICULUM VITAE" or "RÉSUMÉ" title, the first line (the
 * name) repeated at the top of later pages, and a running header naming the CV ("Tom Baker — Curriculum Vitae"). Dropped lines become blank lines, so that
 * paragraphs stay apart.
 */
final class DebrisFilter {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:[-–—]?\\s*\\d{1,3}\\s*[-–—]?|(?:page|p\\.|seite)\\s*\\d{1,3}(?:\\s*(?:of|/|von)\\s*\\d{1,3})?"
                    + "|\\d{1,3}\\s*(?:/|of)\\s*\\d{1,3})$");
    private static final Pattern RULE = Pattern.compile("^(?:[-*_=~]\\s*){3,}$|^[─━—–_]{3,}$");
    private static final Pattern CV_TITLE = Pattern.compile(
            "(?i)^(?:#+\\s*)?(?:\\*\\*)?(?:curriculum\\s+vitae|r[ée]sum[ée]|cv|lebenslauf)(?:\\*\\*)?$");
    private static final Pattern CV_WORDS = Pattern.compile("(?i)\\b(?:curriculum vitae|r[ée]sum[ée]|lebenslauf)\\b");
    private static final Pattern RUNNING_PAGE = Pattern.compile("(?i)\\b(?:page|seite)\\s+\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?\\b");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,|–—-]+$");

    /** The lines with debris blanked. */
    List<Line> filter(List<Line> lines) {
        String[] keys = new String[lines.size()];
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            keys[i] = key(l.text());
            if (!l.blank() && l.text().length() <= 120) {
                counts.merge(keys[i], 1, Integer::sum);
            }
        }
        Set<String> header = new HashSet<>();
        int headerEnd = 0;
        for (int i = 0; i < lines.size(); i++) {
            String first = lines.get(i).text();
            if (!lines.get(i).blank()) {
                if (!SectionDetector.isSectionTitle(SectionDetector.stripHashes(first))) {
                    header.add(key(first));
                }
                headerEnd = i;
                break;
            }
        }
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String t = l.text();
            String k = keys[i];
            boolean debris = !l.blank() && (PAGE_NUMBER.matcher(t).matches() || RULE.matcher(t).matches()
                    || CV_TITLE.matcher(t).matches()
                    || isRunningHeader(t)
                    || CV_WORDS.matcher(t).find() && t.split(" ").length <= 8 && (counts.getOrDefault(k, 0) > 1
                            || header.contains(key(TRAILING_SEPARATORS.matcher(CV_WORDS.matcher(t).replaceAll("")).replaceAll(""))))
                    || i > headerEnd && header.contains(k) && t.split(" ").length <= 10
                            && counts.getOrDefault(k, 0) > 1);
            out.add(debris ? l.withText("") : l);
        }
        return out;
    }

    /** A short line that names a page, such as "J. Doe – CV – Page 2". */
    private static boolean isRunningHeader(String text) {
        return RUNNING_PAGE.matcher(text).find() && text.split(" ").length <= 8;
    }

    private static String key(String text) {
        return SectionDetector.stripHashes(text.replace("**", "")).strip().toLowerCase(Locale.ROOT);
    }
}
