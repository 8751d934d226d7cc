package cvpress.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Undoes a two-column layout that a text converter printed side by side ({@code pdftotext -layout}): when many
 * lines have a wide gap ending at the same column, and the text right of it reads as prose rather than as
 * right-aligned dates, the left column is read first and the right column after it. Each piece keeps the number
 * of the line it came from.
 */
final class ColumnSplitter {

    /** One raw line (tabs expanded) and its 1-based number. */
    record RawLine(int number, String text) {
    }

    private static final int MIN_GAP = 3;
    private static final int MIN_COLUMN = 20;
    private static final int SLACK = 2;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The lines in reading order: unchanged when the text is in one column. */
    List<RawLine> split(List<RawLine> lines) {
        if (lines.size() > 20000) {
            return lines;
        }
        int[] votes = new int[512];
        int nonBlank = 0;
        for (RawLine l : lines) {
            if (l.text().isBlank()) {
                continue;
            }
            nonBlank++;
            for (int c : gapEnds(l.text())) {
                if (c >= MIN_COLUMN && c < votes.length) {
                    votes[c]++;
                }
            }
        }
        int best = -1;
        int bestVotes = 0;
        for (int c = MIN_COLUMN; c < votes.length; c++) {
            int v = 0;
            for (int d = Math.max(0, c - SLACK); d <= Math.min(votes.length - 1, c + SLACK); d++) {
                v += votes[d];
            }
            if (v > bestVotes) {
                bestVotes = v;
                best = c;
            }
        }
        if (best >= 0) {
            int peak = best;
            for (int d = Math.max(0, best - SLACK); d <= Math.min(votes.length - 1, best + SLACK); d++) {
                if (votes[d] > votes[peak]) {
                    peak = d;
                }
            }
            best = peak;
        }
        if (best < 0 || bestVotes < 6 || bestVotes * 10 < nonBlank * 3 || !prose(lines, best)) {
            return lines;
        }
        List<RawLine> left = new ArrayList<>();
        List<RawLine> right = new ArrayList<>();
        for (RawLine l : lines) {
            String t = l.text();
            int c = gapNear(t, best);
            int indent = t.length() - t.stripLeading().length();
            if (t.isBlank()) {
                left.add(l);
                right.add(l);
            } else if (c >= 0 && indent < best - SLACK) {
                left.add(new RawLine(l.number(), t.substring(0, c).stripTrailing()));
                right.add(new RawLine(l.number(), t.substring(c)));
            } else if (indent >= best - SLACK) {
                right.add(new RawLine(l.number(), t.substring(Math.min(indent, best))));
            } else {
                left.add(l);
            }
        }
        List<RawLine> out = new ArrayList<>(left);
        out.add(new RawLine(left.isEmpty() ? 1 : left.get(left.size() - 1).number(), ""));
        out.addAll(right);
        return out;
    }

    /** The columns where text resumes after a wide gap (an indentation counts as a gap). */
    private static List<Integer> gapEnds(String t) {
        List<Integer> ends = new ArrayList<>();
        int spaces = 0;
        boolean leading = true;
        for (int i = 0; i < t.length() && i < 1024; i++) {
            if (t.charAt(i) == ' ') {
                spaces++;
            } else {
                if (spaces >= MIN_GAP || leading && spaces > 0) {
                    ends.add(i);
                }
                spaces = 0;
                leading = false;
            }
        }
        return ends;
    }

    /** The end of the wide gap within reach of the column, or -1. */
    private static int gapNear(String t, int column) {
        for (int c : gapEnds(t)) {
            if (Math.abs(c - column) <= SLACK) {
                return c;
            }
        }
        return -1;
    }

    /** True when the text right of the column reads as prose (several words), not as right-aligned dates. */
    private static boolean prose(List<RawLine> lines, int column) {
        int wordy = 0;
        for (RawLine l : lines) {
            int c = gapNear(l.text(), column);
            if (c >= 0 && WHITESPACE.split(l.text().substring(c).strip()).length >= 4) {
                wordy++;
            }
        }
        return wordy >= 3;
    }
}
