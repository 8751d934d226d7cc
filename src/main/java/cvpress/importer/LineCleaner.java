package cvpress.importer;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the LaTeX and HTML debris that converters leave in a line into text and the record's inline markdown:
 * math such as {@code $(\alpha-\beta)$} becomes (α-β), {@code $2.7\times$} becomes 2.7×, {@code \&} an ampersand,
 * {@code \label{…}} disappears, {@code <u>Name</u>} becomes {@code **Name**}, and markdown escapes are undone. A
 * literal asterisk (an escaped {@code \*} or a superscript star) is kept as {@link #LITERAL_STAR} until the
 * record is written, so that it is never mistaken for a bullet or emphasis. Linear in the line's length.
 */
final class LineCleaner {

    /** Stands for a literal asterisk while parsing; {@link #finish} turns it back into {@code *}. */
    static final char LITERAL_STAR = '\uE000';

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"),
            Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("pi", "π"),
            Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("phi", "φ"),
            Map.entry("varphi", "φ"), Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"),
            Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"),
            Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
            Map.entry("Pi", "Π"), Map.entry("times", "×"), Map.entry("cdot", "·"), Map.entry("pm", "±"),
            Map.entry("leq", "≤"), Map.entry("le", "≤"), Map.entry("geq", "≥"), Map.entry("ge", "≥"),
            Map.entry("neq", "≠"), Map.entry("approx", "≈"), Map.entry("sim", "~"), Map.entry("infty", "∞"),
            Map.entry("rightarrow", "→"), Map.entry("to", "→"), Map.entry("leftarrow", "←"),
            Map.entry("Rightarrow", "⇒"), Map.entry("bullet", "•"), Map.entry("circ", "◦"),
            Map.entry("diamond", "⋄"), Map.entry("star", "⋆"), Map.entry("ast", String.valueOf(LITERAL_STAR)),
            Map.entry("ldots", "…"), Map.entry("dots", "…"), Map.entry("cdots", "…"), Map.entry("mid", "|"),
            Map.entry("vert", "|"), Map.entry("in", "∈"), Map.entry("prime", "′"), Map.entry("degree", "°"),
            Map.entry("quad", " "), Map.entry("qquad", " "), Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"),
            Map.entry("LaTeXe", "LaTeX2e"), Map.entry("textendash", "–"), Map.entry("textemdash", "—"),
            Map.entry("textbar", "|"), Map.entry("textbullet", "•"), Map.entry("S", "§"), Map.entry("copyright", "©"),
            Map.entry("newline", " "), Map.entry("item", "•"), Map.entry("linebreak", " "), Map.entry("log", "log"), Map.entry("exp", "exp"));

    /** Commands whose argument is a reference or a length, not text: dropped with it. */
    private static final Set<String> DROPPED_WITH_ARGUMENT = Set.of("label", "ref", "eqref", "vspace", "hspace",
            "vspace*", "hspace*", "pagestyle", "thispagestyle", "setlength", "fontsize", "begin", "end");

    /** Commands whose argument is shown as plain text. */
    private static final Set<String> PLAIN_ARGUMENT = Set.of("text", "mathrm", "textrm", "mathbf", "mathit",
            "textsf", "texttt", "mbox", "hbox", "operatorname", "textup", "mathsf", "textnormal", "textsc",
            "mathcal", "mathbb", "boldsymbol", "bm", "small", "large", "section", "subsection", "section*",
            "subsection*", "subsubsection", "subsubsection*", "paragraph", "textsuperscript", "textsubscript");

    private static final Set<String> BOLD_ARGUMENT = Set.of("textbf", "underline", "uline", "bf");
    private static final Set<String> ITALIC_ARGUMENT = Set.of("textit", "emph", "textsl", "it");

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private static final Pattern LATEX_COMMAND = Pattern.compile("\\\\[A-Za-z]{2,}");
    private static final Pattern RULE = Pattern.compile("^[\\s\\-*_=|]*$");
    private static final Pattern HTML_BOLD = Pattern.compile("(?i)</?(?:u|b|strong)>");
    private static final Pattern HTML_ITALIC = Pattern.compile("(?i)</?(?:i|em)>");
    private static final Pattern HTML_DROPPED = Pattern.compile("(?i)</?(?:sup|sub|span|font|small|p)\\b[^<>]{0,200}>");
    private static final Pattern HTML_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern SPACE_BEFORE_CLOSER = Pattern.compile(" +([,;:)\\]”])");
    private static final Pattern SPACE_AFTER_OPENER = Pattern.compile("([(\\[]) +|(“) +(?=[^“”„]*”)");
    private static final Pattern SPACES = Pattern.compile("[ \\u00a0\\u2000-\\u200b\\u3000]+");

    /** The cleaned text of one line, without leading or trailing spaces. */
    String clean(String line) {
        String s = line;
        if (s.indexOf('\\') >= 0 && LATEX_COMMAND.matcher(s).find()) {
            s = s.replace('~', ' ');
        }
        if (s.contains("``")) {
            s = s.replace("``", "“").replace("''", "”");
        }
        if (s.contains("--") && !RULE.matcher(s).matches()) {
            s = s.replace("---", "—").replace("--", "–");
        }
        if (s.indexOf('<') >= 0) {
            s = HTML_BOLD.matcher(s).replaceAll("**");
            s = HTML_ITALIC.matcher(s).replaceAll("*");
            s = HTML_BREAK.matcher(s).replaceAll(" ");
            s = HTML_DROPPED.matcher(s).replaceAll("");
        }
        s = convertMath(s);
        s = (hasSpacesToFold(s) ? SPACES.matcher(s).replaceAll(" ") : s).strip();
        if (hasSpaceBeforeCloser(s)) {
            s = SPACE_BEFORE_CLOSER.matcher(s).replaceAll("$1");
        }
        if (s.contains("( ") || s.contains("[ ") || s.contains("“ ")) {
            s = SPACE_AFTER_OPENER.matcher(s).replaceAll("$1$2");
        }
        return s;
    }

    /** True when {@link #SPACE_BEFORE_CLOSER} would change the text: a space stands right before a closing mark. */
    private static boolean hasSpaceBeforeCloser(String s) {
        for (int i = s.indexOf(' '); i >= 0 && i + 1 < s.length(); i = s.indexOf(' ', i + 1)) {
            if (",;:)]”".indexOf(s.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when {@link #SPACES} would change the text: it holds two spaces in a row or a space other than U+0020. */
    private static boolean hasSpacesToFold(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' ? i + 1 < s.length() && s.charAt(i + 1) == ' '
                    : c == '\u00a0' || c >= '\u2000' && c <= '\u200b' || c == '\u3000') {
                return true;
            }
        }
        return false;
    }

    /** The text as the record holds it: literal asterisks written back as {@code *}. */
    static String finish(String text) {
        return text == null ? null : text.replace(LITERAL_STAR, '*');
    }

    /** Converts the math stretches ({@code $…$}) first, then the LaTeX commands of the whole line. */
    private String convertMath(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '$' && (i == 0 || s.charAt(i - 1) != '\\')) {
                int close = s.indexOf('$', i + 1);
                if (close > i && close - i < 400 && looksLikeMath(s, i + 1, close)) {
                    out.append(convert(s.substring(i + 1, close), true));
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return convert(out.toString(), false);
    }

    private static boolean looksLikeMath(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '\\' || c == '^' || c == '_' || c == '{') {
                return true;
            }
        }
        return false;
    }

    /** Converts LaTeX commands, escapes and (in math) super- and subscripts of one stretch of text. */
    private String convert(String s, boolean math) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char d = s.charAt(i + 1);
                if (isAsciiLetter(d)) {
                    int j = i + 1;
                    while (j < n && isAsciiLetter(s.charAt(j))) {
                        j++;
                    }
                    if (j < n && s.charAt(j) == '*') {
                        j++;
                    }
                    i = command(s.substring(i + 1, j), s, j, math, out);
                    continue;
                }
                i += 2;
                switch (d) {
                    case ' ', ',', ';', ':', '\\' -> out.append(' ');
                    case '!', '/' -> { }
                    case '*' -> out.append(LITERAL_STAR);
                    default -> out.append(d);
                }
                continue;
            }
            if ((c == '^' || c == '_') && (math || (c == '^' && i > 0 && i + 1 < n
                    && Character.isLetterOrDigit(s.charAt(i - 1)) && isScriptStart(s.charAt(i + 1))))) {
                int[] end = new int[1];
                String arg = argument(s, i + 1, end);
                String converted = convert(arg, true);
                out.append(c == '^' ? superscript(converted) : converted);
                i = end[0];
                continue;
            }
            if (math && (c == '{' || c == '}')) {
                i++;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private int command(String name, String s, int after, boolean math, StringBuilder out) {
        int[] end = new int[1];
        if (DROPPED_WITH_ARGUMENT.contains(name)) {
            argument(s, skipSpaces(s, after), end);
            return end[0];
        }
        if (PLAIN_ARGUMENT.contains(name) || BOLD_ARGUMENT.contains(name) || ITALIC_ARGUMENT.contains(name)) {
            int start = skipSpaces(s, after);
            if (start < s.length() && s.charAt(start) == '{') {
                String arg = convert(argument(s, start, end), math);
                String mark = BOLD_ARGUMENT.contains(name) ? "**" : ITALIC_ARGUMENT.contains(name) ? "*" : "";
                out.append(mark).append(arg).append(mark);
                return end[0];
            }
            return after;
        }
        if (name.equals("href") || name.equals("url")) {
            int start = skipSpaces(s, after);
            String url = argument(s, start, end);
            if (name.equals("url")) {
                out.append(url);
                return end[0];
            }
            int textStart = skipSpaces(s, end[0]);
            String text = convert(argument(s, textStart, end), math);
            out.append('[').append(text).append("](").append(url).append(')');
            return end[0];
        }
        String symbol = SYMBOLS.get(name);
        if (symbol != null) {
            out.append(symbol);
            return after;
        }
        int next = after;
        while (next < s.length() && s.charAt(next) == '{') {
            out.append(convert(argument(s, next, end), math));
            next = end[0];
        }
        return next;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The argument at {@code start}: a balanced {@code {…}} group or one character; its end goes to {@code end[0]}. */
    private static String argument(String s, int start, int[] end) {
        if (start >= s.length()) {
            end[0] = start;
            return "";
        }
        if (s.charAt(start) != '{') {
            if (s.charAt(start) == '\\') {
                int j = start + 1;
                while (j < s.length() && isAsciiLetter(s.charAt(j))) {
                    j++;
                }
                end[0] = Math.max(j, start + 2 > s.length() ? s.length() : start + 2);
                return s.substring(start, end[0]);
            }
            end[0] = start + 1;
            return s.substring(start, start + 1);
        }
        int depth = 0;
        for (int j = start; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    end[0] = j + 1;
                    return s.substring(start + 1, j);
                }
            }
        }
        end[0] = s.length();
        return s.substring(start + 1);
    }

    private static String superscript(String text) {
        String t = text.strip();
        if (t.equals("*") || t.equals(String.valueOf(LITERAL_STAR))) {
            return String.valueOf(LITERAL_STAR);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            out.append(c >= '0' && c <= '9' ? SUPERSCRIPT_DIGITS.charAt(c - '0') : c);
        }
        return out.toString();
    }

    private static boolean isScriptStart(char c) {
        return c == '{' || Character.isDigit(c) || c == '*';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
