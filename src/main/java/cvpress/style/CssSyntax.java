package cvpress.style;

/** A light syntax check of a style sheet: balanced braces and parentheses, closed comments and strings, with the line at fault. */
final class CssSyntax {

    private CssSyntax() {
    }

    /** Returns null when the sheet is well formed, otherwise {@code LINE: problem}. */
    static String check(String css) {
        int line = 1;
        int depth = 0;
        int parens = 0;
        int openLine = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                if (end < 0) {
                    return line + ": comment is not closed";
                }
                line += count(css, i, end);
                i = end + 1;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < css.length() && css.charAt(end) != c && css.charAt(end) != '\n') {
                    end += css.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= css.length() || css.charAt(end) != c) {
                    return line + ": string is not closed";
                }
                i = end;
            } else if (c == '{') {
                if (depth == 0) {
                    openLine = line;
                }
                depth++;
            } else if (c == '}') {
                if (--depth < 0) {
                    return line + ": '}' without a matching '{'";
                }
            } else if (c == '(') {
                parens++;
            } else if (c == ')' && --parens < 0) {
                return line + ": ')' without a matching '('";
            }
        }
        if (depth > 0) {
            return openLine + ": '{' is never closed";
        }
        return parens > 0 ? line + ": '(' is never closed" : null;
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
