package cvpress.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Turns the inline markdown of one CV text field ({@code **bold**}, {@code *italic*}, {@code _italic_},
 * {@code [text](url)}, backslash escapes) into safe HTML, or strips it to plain text.
 *
 * <p>Every character of the input reaches the output HTML-escaped; only the tags this class writes are markup.
 * Emphasis follows CommonMark's delimiter-run rules (so {@code snake_case_name} and an unbalanced {@code **}
 * stay literal), links are made only for {@code https:}, {@code http:}, {@code mailto:} and {@code tel:}
 * targets (any other link renders as its text alone), and the configured bold keywords are set in
 * {@code <strong>} wherever they occur as whole words outside bold text. Parsing is linear in the input.
 * Instances are immutable and thread-safe.
 */
final class InlineMarkdown {

    private static final List<String> ALLOWED_SCHEMES = List.of("https:", "http:", "mailto:", "tel:");
    private static final Tag STRONG_OPEN = new Tag("<strong>", 1);
    private static final Tag STRONG_CLOSE = new Tag("</strong>", -1);
    private static final Tag EM_OPEN = new Tag("<em>", 0);
    private static final Tag EM_CLOSE = new Tag("</em>", 0);
    private static final Tag LINK_CLOSE = new Tag("</a>", 0);

    private final List<String> boldKeywords;

    /** Keywords are matched case-sensitively as whole words; blank ones are ignored. */
    InlineMarkdown(List<String> boldKeywords) {
        this.boldKeywords = boldKeywords.stream()
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** The field as HTML: escaped text with {@code <strong>}, {@code <em>} and {@code <a href>} tags; null gives "". */
    String toHtml(String markdown) {
        return markdown == null ? "" : new Parser(markdown).parse().render(true, boldKeywords);
    }

    /** The field's text without markup or escaping (for PDF metadata and comparisons); null gives "". */
    String toPlainText(String markdown) {
        return markdown == null ? "" : new Parser(markdown).parse().render(false, boldKeywords);
    }

    /** Escapes {@code & < > " '} so that the text is inert in HTML content and in quoted attribute values. */
    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        appendEscaped(out, text);
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    private static boolean isAsciiPunctuation(int c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    private static boolean isPunctuation(int cp) {
        if (isAsciiPunctuation(cp)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    private static boolean isLinkAllowed(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return ALLOWED_SCHEMES.stream().anyMatch(s -> lower.startsWith(s) && lower.length() > s.length());
    }

    /** A tag written between text runs; {@code strong} is +1 when it opens bold, -1 when it closes it. */
    private record Tag(String html, int strong) {
    }

    /** A run of literal text with the tags written just before it (closing) and just after it (opening). */
    private static final class Node {
        final StringBuilder text;
        final boolean plain;
        final List<Tag> before = new ArrayList<>(1);
        final List<Tag> after = new ArrayList<>(1);

        Node(String text, boolean plain) {
            this.text = new StringBuilder(text);
            this.plain = plain;
        }
    }

    /** A run of {@code *} or {@code _} that may open or close emphasis; linked into the delimiter stack. */
    private static final class Delimiter {
        final Node node;
        final char ch;
        final int originalLength;
        final boolean canOpen;
        final boolean canClose;
        int length;
        Delimiter previous;
        Delimiter next;

        Delimiter(Node node, char ch, int length, boolean canOpen, boolean canClose) {
            this.node = node;
            this.ch = ch;
            this.originalLength = length;
            this.length = length;
            this.canOpen = canOpen;
            this.canClose = canClose;
        }
    }

    /** An unclosed {@code [}, with the delimiter stack top when it was seen. */
    private static final class Bracket {
        final Node node;
        final Delimiter delimiterBelow;
        final Bracket previous;
        boolean active = true;

        Bracket(Node node, Delimiter delimiterBelow, Bracket previous) {
            this.node = node;
            this.delimiterBelow = delimiterBelow;
            this.previous = previous;
        }
    }

    /** One use: parses a string into nodes with their tags, then renders them. */
    private static final class Parser {
        private final String s;
        private final int n;
        private final List<Node> nodes = new ArrayList<>();
        private final int[] matchingParen;
        private final int[] nextWhitespace;
        private Delimiter top;
        private Bracket brackets;

        Parser(String s) {
            this.s = s;
            this.n = s.length();
            this.matchingParen = matchParentheses(s);
            this.nextWhitespace = new int[n + 1];
            nextWhitespace[n] = n;
            for (int i = n - 1; i >= 0; i--) {
                nextWhitespace[i] = Character.isWhitespace(s.charAt(i)) ? i : nextWhitespace[i + 1];
            }
        }

        /** For each unescaped '(' the index of its balancing ')', or -1. */
        private static int[] matchParentheses(String s) {
            int[] match = new int[s.length()];
            Arrays.fill(match, -1);
            Deque<Integer> open = new ArrayDeque<>();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length() && isAsciiPunctuation(s.charAt(i + 1))) {
                    i++;
                } else if (c == '(') {
                    open.push(i);
                } else if (c == ')' && !open.isEmpty()) {
                    match[open.pop()] = i;
                }
            }
            return match;
        }

        Parser parse() {
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < n && isAsciiPunctuation(s.charAt(i + 1))) {
                    appendText(s.charAt(i + 1));
                    i += 2;
                } else if (c == '*' || c == '_') {
                    i = delimiterRun(i, c);
                } else if (c == '[') {
                    Node node = new Node("[", false);
                    nodes.add(node);
                    brackets = new Bracket(node, top, brackets);
                    i++;
                } else if (c == ']') {
                    i = closeBracket(i);
                } else {
                    appendText(c);
                    i++;
                }
            }
            processEmphasis(null);
            return this;
        }

        private void appendText(char c) {
            Node last = nodes.isEmpty() ? null : nodes.get(nodes.size() - 1);
            if (last != null && last.plain) {
                last.text.append(c);
            } else {
                nodes.add(new Node(String.valueOf(c), true));
            }
        }

        private int delimiterRun(int start, char c) {
            int end = start;
            while (end < n && s.charAt(end) == c) {
                end++;
            }
            int before = start == 0 ? ' ' : s.codePointBefore(start);
            int after = end == n ? ' ' : s.codePointAt(end);
            boolean spaceBefore = Character.isWhitespace(before) || Character.isSpaceChar(before);
            boolean spaceAfter = Character.isWhitespace(after) || Character.isSpaceChar(after);
            boolean punctBefore = isPunctuation(before);
            boolean punctAfter = isPunctuation(after);
            boolean leftFlanking = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
            boolean rightFlanking = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
            boolean canOpen;
            boolean canClose;
            if (c == '*') {
                canOpen = leftFlanking;
                canClose = rightFlanking;
            } else {
                canOpen = leftFlanking && (!rightFlanking || punctBefore);
                canClose = rightFlanking && (!leftFlanking || punctAfter);
            }
            Node node = new Node(s.substring(start, end), false);
            nodes.add(node);
            if (canOpen || canClose) {
                Delimiter d = new Delimiter(node, c, end - start, canOpen, canClose);
                d.previous = top;
                if (top != null) {
                    top.next = d;
                }
                top = d;
            }
            return end;
        }

        private int closeBracket(int i) {
            Bracket opener = brackets;
            if (opener == null) {
                appendText(']');
                return i + 1;
            }
            brackets = opener.previous;
            int paren = i + 1;
            boolean inline = opener.active && paren < n && s.charAt(paren) == '(' && matchingParen[paren] > paren
                    && nextWhitespace[paren] > matchingParen[paren];
            if (!inline) {
                appendText(']');
                return i + 1;
            }
            int close = matchingParen[paren];
            String url = unescape(s.substring(paren + 1, close));
            processEmphasis(opener.delimiterBelow);
            opener.node.text.setLength(0);
            Node end = new Node("", false);
            if (isLinkAllowed(url)) {
                opener.node.after.add(new Tag("<a href=\"" + escapeHtml(url) + "\">", 0));
                end.before.add(LINK_CLOSE);
            }
            nodes.add(end);
            for (Bracket b = brackets; b != null && b.active; b = b.previous) {
                b.active = false;
            }
            return close + 1;
        }

        private static String unescape(String text) {
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1))) {
                    c = text.charAt(++i);
                }
                out.append(c);
            }
            return out.toString();
        }

        /** CommonMark's "process emphasis" over the delimiters above {@code bottom}, which it then removes. */
        private void processEmphasis(Delimiter bottom) {
            Delimiter[] openersBottom = new Delimiter[12];
            Arrays.fill(openersBottom, bottom);
            Delimiter current = top;
            while (current != null && current.previous != bottom) {
                current = current.previous;
            }
            while (current != null) {
                if (!current.canClose) {
                    current = current.next;
                    continue;
                }
                int key = (current.ch == '*' ? 0 : 6) + (current.originalLength % 3) * 2 + (current.canOpen ? 1 : 0);
                Delimiter opener = current.previous;
                while (opener != null && opener != bottom && opener != openersBottom[key]
                        && !matches(opener, current)) {
                    opener = opener.previous;
                }
                if (opener == null || opener == bottom || opener == openersBottom[key]) {
                    openersBottom[key] = current.previous;
                    Delimiter next = current.next;
                    if (!current.canOpen) {
                        remove(current, openersBottom);
                    }
                    current = next;
                    continue;
                }
                int used = opener.length >= 2 && current.length >= 2 ? 2 : 1;
                opener.length -= used;
                current.length -= used;
                opener.node.text.setLength(opener.length);
                current.node.text.setLength(current.length);
                opener.node.after.add(0, used == 2 ? STRONG_OPEN : EM_OPEN);
                current.node.before.add(used == 2 ? STRONG_CLOSE : EM_CLOSE);
                while (current.previous != opener) {
                    remove(current.previous, openersBottom);
                }
                if (opener.length == 0) {
                    remove(opener, openersBottom);
                }
                if (current.length == 0) {
                    Delimiter next = current.next;
                    remove(current, openersBottom);
                    current = next;
                }
            }
            while (top != bottom) {
                remove(top, openersBottom);
            }
        }

        private static boolean matches(Delimiter opener, Delimiter closer) {
            if (opener.ch != closer.ch || !opener.canOpen) {
                return false;
            }
            boolean bothSided = opener.canClose || closer.canOpen;
            int sum = opener.originalLength + closer.originalLength;
            return !(bothSided && sum % 3 == 0 && (opener.originalLength % 3 != 0 || closer.originalLength % 3 != 0));
        }

        private void remove(Delimiter d, Delimiter[] openersBottom) {
            for (int k = 0; k < openersBottom.length; k++) {
                if (openersBottom[k] == d) {
                    openersBottom[k] = d.previous;
                }
            }
            if (d.previous != null) {
                d.previous.next = d.next;
            }
            if (d.next != null) {
                d.next.previous = d.previous;
            } else {
                top = d.previous;
            }
            d.previous = null;
            d.next = null;
        }

        String render(boolean html, List<String> keywords) {
            StringBuilder out = new StringBuilder(n + 32);
            StringBuilder pending = new StringBuilder();
            int strongDepth = 0;
            for (Node node : nodes) {
                for (Tag tag : node.before) {
                    strongDepth = writeTag(out, pending, tag, strongDepth, html, keywords);
                }
                pending.append(node.text);
                for (Tag tag : node.after) {
                    strongDepth = writeTag(out, pending, tag, strongDepth, html, keywords);
                }
            }
            flush(out, pending, strongDepth, html, keywords);
            return out.toString();
        }

        private static int writeTag(StringBuilder out, StringBuilder pending, Tag tag, int strongDepth, boolean html,
                                    List<String> keywords) {
            flush(out, pending, strongDepth, html, keywords);
            if (html) {
                out.append(tag.html());
            }
            return strongDepth + tag.strong();
        }

        private static void flush(StringBuilder out, StringBuilder pending, int strongDepth, boolean html,
                                  List<String> keywords) {
            if (!html) {
                out.append(pending);
            } else if (strongDepth > 0 || keywords.isEmpty()) {
                appendEscaped(out, pending);
            } else {
                appendWithKeywords(out, pending.toString(), keywords);
            }
            pending.setLength(0);
        }
    }

    /** Escapes {@code text} into {@code out}, setting whole-word keyword occurrences in bold (longest first). */
    private static void appendWithKeywords(StringBuilder out, String text, List<String> keywords) {
        int[] next = new int[keywords.size()];
        for (int k = 0; k < next.length; k++) {
            next[k] = findWord(text, keywords.get(k), 0);
        }
        int position = 0;
        while (true) {
            int best = -1;
            for (int k = 0; k < next.length; k++) {
                if (next[k] >= 0 && (best < 0 || next[k] < next[best])) {
                    best = k;
                }
            }
            if (best < 0) {
                break;
            }
            int at = next[best];
            String keyword = keywords.get(best);
            appendEscaped(out, text.substring(position, at));
            out.append("<strong>");
            appendEscaped(out, keyword);
            out.append("</strong>");
            position = at + keyword.length();
            for (int k = 0; k < next.length; k++) {
                if (next[k] >= 0 && next[k] < position) {
                    next[k] = findWord(text, keywords.get(k), position);
                }
            }
        }
        appendEscaped(out, text.substring(position));
    }

    private static int findWord(String text, String word, int from) {
        int at = text.indexOf(word, from);
        while (at >= 0) {
            int end = at + word.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
            if (startsWord && endsWord) {
                return at;
            }
            at = text.indexOf(word, at + 1);
        }
        return -1;
    }
}
