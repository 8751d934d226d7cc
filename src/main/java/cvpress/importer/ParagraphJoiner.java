package cvpress.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a section body's lines into paragraphs and bullets: a line continues the one before when a converter
 * wrapped it (it starts in lower case, the line before ends with a comma or a connecting word, it is indented
 * under a bullet, or it finishes an open bullet such as an author list); headings and bold lines stand alone and
 * are marked strong. Only the last line of a growing paragraph is looked at, so joining is linear.
 */
final class ParagraphJoiner {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*$");
    private static final Pattern BOLD_ONLY = Pattern.compile("^\\*\\*([^*]+)\\*\\*:?$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;]$");
    private static final Pattern CONNECTOR_END = Pattern.compile(
            "(?:[,;(&/]|\\be\\.g\\.,?|\\b(?:and|of|the|in|for|to|with|on|at|by|from|or|a|an))$");
    private static final int CONNECTOR_TAIL = 8;

    private final BulletParser bullets = new BulletParser();
    private final DateRangeParser dates = new DateRangeParser();

    /** One item of a section body: a paragraph (joined lines) or a bullet. */
    record Item(int line, String text, boolean strong, BulletParser.Bullet bullet, boolean afterBlank) {
    }

    /** A paragraph or bullet being joined from its lines; only its last line is looked at when joining. */
    private static final class Piece {
        final int line;
        final StringBuilder text;
        String lastLine;
        final boolean strong;
        final BulletParser.Bullet bullet;
        final boolean afterBlank;

        Piece(int line, String text, boolean strong, BulletParser.Bullet bullet, boolean afterBlank) {
            this.line = line;
            this.text = new StringBuilder(text);
            this.lastLine = text;
            this.strong = strong;
            this.bullet = bullet;
            this.afterBlank = afterBlank;
        }

        Item item() {
            String t = text.toString();
            return new Item(line, t, strong, bullet == null ? null : new BulletParser.Bullet(bullet.indent(),
                    bullet.glyph(), t), afterBlank);
        }
    }

    /** The body as paragraphs and bullets: wrapped lines joined, headings and bold lines marked strong. */
    List<Item> items(List<Line> body) {
        List<Piece> pieces = new ArrayList<>();
        boolean blank = false;
        for (Line line : body) {
            if (line.blank()) {
                blank = true;
                continue;
            }
            BulletParser.Bullet bullet = bullets.parse(line);
            Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (bullet != null) {
                pieces.add(new Piece(line.number(), bullet.text(), false, bullet, blank));
            } else {
                String text = line.text();
                boolean strong = false;
                Matcher h = MARKDOWN_HEADING.matcher(text);
                if (h.matches()) {
                    text = h.group(1);
                    strong = true;
                }
                Matcher b = BOLD_ONLY.matcher(text);
                if (b.matches()) {
                    text = b.group(1).strip();
                    strong = true;
                }
                strong |= text.startsWith("**") && text.indexOf("**", 2) > 0;
                if (last != null && !strong && continues(last, text, blank, line)) {
                    last.text.append(' ').append(text);
                    last.lastLine = text;
                } else {
                    pieces.add(new Piece(line.number(), text, strong, null, blank));
                }
            }
            blank = false;
            if (line.hardBreak() && !line.text().endsWith(",")) {
                blank = true;
            }
        }
        List<Item> items = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            items.add(p.item());
        }
        return items;
    }

    /**
     * True when the line ends with a connector ({@link #CONNECTOR_END}). Only its last characters are searched, as
     * many as the longest connector ("e.g.,") and a line break take; the word boundary looks at the one before.
     */
    private static boolean endsWithConnector(String line) {
        Matcher m = CONNECTOR_END.matcher(line);
        m.region(Math.max(0, line.length() - CONNECTOR_TAIL), line.length()).useTransparentBounds(true);
        return m.find();
    }

    /** True when a line continues the paragraph or bullet before it (a line wrapped by a converter). */
    private boolean continues(Piece last, String text, boolean blank, Line line) {
        if (last.strong || text.isEmpty()) {
            return false;
        }
        String prev = last.lastLine;
        char first = text.charAt(0);
        if (endsWithConnector(prev) || Character.isLowerCase(first)) {
            return dates.whole(text) == null;
        }
        if (last.bullet != null) {
            if (!blank && line.indent() > last.bullet.indent()) {
                return true;
            }
            boolean open = !SENTENCE_END.matcher(prev).matches();
            return open && dates.find(text) == null && (text.chars().filter(c -> c == ',').count() >= 3
                    || HeadLineParser.isContent(text));
        }
        return first == '(' && dates.find(prev) == null;
    }
}
