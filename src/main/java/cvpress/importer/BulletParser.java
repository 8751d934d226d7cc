package cvpress.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bullets of every shape ({@code -}, {@code *}, {@code \*}, {@code •}, {@code ▷}, {@code o}, {@code ◦},
 * numbers, and broken conversions such as a leading {@code st } or {@code . }) and nests them into a tree: by
 * indentation first, and by the marker glyph when a converter lost the indentation but kept the glyph a
 * deeper level used. Wrapped lines are joined to the bullet they continue.
 */
final class BulletParser {

    /** A bullet line: its indentation, the glyph that marks its level, and its text. */
    record Bullet(int indent, String glyph, String text) {
    }

    /** One node of a bullet tree (a bullet, or a paragraph kept at its place), with its input line. */
    static final class Node {
        final int line;
        final String text;
        final List<Node> children = new ArrayList<>();
        final boolean afterBlank;
        final boolean bullet;

        Node(int line, String text, boolean afterBlank, boolean bullet) {
            this.line = line;
            this.text = text;
            this.afterBlank = afterBlank;
            this.bullet = bullet;
        }

        int depth() {
            int d = 0;
            for (Node c : children) {
                d = Math.max(d, c.depth());
            }
            return d + 1;
        }
    }

    private static final String STAR = String.valueOf(LineCleaner.LITERAL_STAR);
    private static final Pattern OUTER = Pattern.compile(
            "^(?:([-*+•▷►▸▪■◦○●‣⁃–⋄➢✓❖]|" + STAR + ")|(o)(?=\\s+(?:[A-Z0-9(\"“]|\\*|" + STAR + "))"
                    + "|(\\d{1,2}[.)]|\\(\\d{1,2}\\)|[ivx]{1,4}[.)]))\\s+(?=\\S)");
    private static final Pattern INNER = Pattern.compile(
            "^(?:([*•▷►▸▪■◦○●‣⋄➢✓❖.·-]|" + STAR + ")|(o|st)(?=\\s+(?:[A-Z0-9(\"“]|\\*\\*)))\\s+(?=\\S)");
    /** A "Label: text" line, whose label is short. */
    private static final Pattern LABEL_LINE = Pattern.compile("^[^:]{1,30}:\\s.*");

    /** The bullet this line is, or null. */
    Bullet parse(Line line) {
        String text = line.text();
        Matcher m = OUTER.matcher(text);
        if (!m.find()) {
            return null;
        }
        String glyph = m.group(1) != null ? m.group(1) : m.group(2) != null ? "o" : "1";
        if (glyph.equals("*") && text.startsWith("**")) {
            return null;
        }
        String rest = text.substring(m.end());
        for (int k = 0; k < 2; k++) {
            Matcher inner = INNER.matcher(rest);
            if (!inner.find() || (inner.group(1) != null && inner.group(1).equals("*") && rest.startsWith("**"))) {
                break;
            }
            glyph = inner.group(1) != null ? inner.group(1) : inner.group(2);
            rest = rest.substring(inner.end());
        }
        return new Bullet(line.indent(), canonical(glyph), rest.strip());
    }

    private static String canonical(String glyph) {
        return switch (glyph) {
            case "*", "st", "∗" -> STAR;
            case "◦", "○", "o" -> "o";
            case "·", "." -> "-";
            default -> glyph;
        };
    }

    /** Builds the tree of an entry's bullets, in order. */
    static final class TreeBuilder {
        private final List<Node> roots = new ArrayList<>();
        private final List<Node> stackNodes = new ArrayList<>();
        private final List<Integer> stackIndents = new ArrayList<>();
        private final Map<String, Integer> glyphDepth = new HashMap<>();
        private String rootGlyph;

        /** Adds a bullet where its indentation and glyph put it, and returns its node. */
        Node add(Bullet bullet, int line, boolean afterBlank) {
            Node node = new Node(line, bullet.text(), afterBlank, true);
            while (!stackIndents.isEmpty() && stackIndents.get(stackIndents.size() - 1) > bullet.indent()) {
                pop();
            }
            if (!stackIndents.isEmpty() && stackIndents.get(stackIndents.size() - 1) == bullet.indent()) {
                pop();
            }
            int depth = stackNodes.size();
            Integer known = glyphDepth.get(bullet.glyph());
            if (depth == 0 && rootGlyph != null && !rootGlyph.equals(bullet.glyph()) && known != null && known > 0
                    && lastAtDepth(known - 1) != null) {
                Node parent = lastAtDepth(known - 1);
                parent.children.add(node);
                return node;
            }
            if (depth == 0) {
                if (rootGlyph == null) {
                    rootGlyph = bullet.glyph();
                }
                roots.add(node);
            } else {
                stackNodes.get(depth - 1).children.add(node);
            }
            glyphDepth.putIfAbsent(bullet.glyph(), depth);
            stackNodes.add(node);
            stackIndents.add(bullet.indent());
            return node;
        }

        /** Adds a paragraph as a node of its own at the top. */
        void addText(String text, int line, boolean afterBlank) {
            Node node = new Node(line, text, afterBlank, false);
            roots.add(node);
            stackNodes.clear();
            stackIndents.clear();
        }

        private Node lastAtDepth(int depth) {
            List<Node> level = roots;
            Node found = null;
            for (int d = 0; d <= depth; d++) {
                if (level.isEmpty()) {
                    return null;
                }
                found = level.get(level.size() - 1);
                level = found.children;
            }
            return found;
        }

        private void pop() {
            stackNodes.remove(stackNodes.size() - 1);
            stackIndents.remove(stackIndents.size() - 1);
        }

        boolean isEmpty() {
            return roots.isEmpty();
        }

        List<Node> roots() {
            return roots;
        }
    }

    /**
     * Fits a tree into the record's two levels: while it is deeper, the level above the deepest lists is lifted,
     * so that an item's children follow it as its siblings. A top-level sentence written after a blank line
     * below an emphasised group heading is moved into that group, where the converter lost its indentation.
     */
    static List<Node> fitTwoLevels(List<Node> roots) {
        List<Node> list = regroup(roots);
        int guard = 0;
        while (maxDepth(list) > 2 && guard++ < 50) {
            List<Node> lifted = new ArrayList<>();
            for (Node n : list) {
                if (n.depth() > 2) {
                    Node head = new Node(n.line, n.text, n.afterBlank, n.bullet);
                    lifted.add(head);
                    lifted.addAll(n.children);
                } else {
                    lifted.add(n);
                }
            }
            list = lifted;
        }
        return list;
    }

    private static List<Node> regroup(List<Node> roots) {
        List<Node> out = new ArrayList<>();
        for (Node n : roots) {
            Node prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && n.afterBlank && n.children.isEmpty() && !prev.children.isEmpty()
                    && isGroupHeading(prev.text) && !isGroupHeading(n.text) && !LABEL_LINE.matcher(n.text).matches()) {
                prev.children.add(n);
            } else {
                out.add(n);
            }
        }
        return out;
    }

    /** True for a bullet that is only an emphasised heading, such as {@code **Mobile computing**}. */
    static boolean isGroupHeading(String text) {
        return text.startsWith("**") && text.indexOf("**", 2) > 0
                && text.indexOf("**", 2) + 2 >= text.length() - 1;
    }

    private static int maxDepth(List<Node> nodes) {
        int d = 0;
        for (Node n : nodes) {
            d = Math.max(d, n.depth());
        }
        return d;
    }
}
