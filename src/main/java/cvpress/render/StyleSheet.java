package cvpress.render;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A style's CSS with the design values put in: optionally a {@code :root} block declaring them as
 * custom properties, and every {@code var(--name)} or {@code var(--name, fallback)} replaced by its value,
 * because the typesetter does not evaluate custom properties itself.
 */
final class StyleSheet {

    private static final Pattern VAR = Pattern.compile("var\\(\\s*(--[A-Za-z0-9-]+)\\s*(?:,\\s*([^()]*?)\\s*)?\\)");

    private StyleSheet() {
    }

    /**
     * The sheet with the values written in; {@code declare} adds the {@code :root} block (for browsers,
     * where the typesetter would only warn about it).
     */
    static String withDesign(String css, Map<String, String> variables, boolean declare) {
        StringBuilder out = new StringBuilder();
        if (declare) {
            out.append(":root {");
            variables.forEach((name, value) -> out.append(' ').append(name).append(": ").append(value).append(';'));
            out.append(" }\n");
        }
        Matcher m = VAR.matcher(css);
        while (m.find()) {
            String value = variables.get(m.group(1));
            if (value == null) {
                value = m.group(2) == null ? m.group() : m.group(2);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
