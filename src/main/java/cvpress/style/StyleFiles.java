package cvpress.style;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files that make up a style, found from its manifest, sheet and page template by following the partial
 * tags ({@code {{> entry-text}}}), so that a style can be copied from the classpath as well as from a directory.
 */
public final class StyleFiles {

    private static final Pattern PARTIAL = Pattern.compile("\\{\\{>\\s*([A-Za-z0-9_][A-Za-z0-9_.-]*)\\s*}}");
    private static final Pattern NAME_LINE = Pattern.compile("(?m)^name:.*$");

    private StyleFiles() {
    }

    /**
     * Every file of {@code style} by relative name: style.yaml, style.css, the templates and partials, and the
     * faces (with a licence file) of the font family its defaults name when the style ships it in {@code fonts/}.
     */
    public static Map<String, byte[]> of(Style style) throws StyleException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        StyleSource source = style.source();
        for (String name : new String[] {StyleManifest.FILE, "style.css"}) {
            files.put(name, source.read(name).orElseThrow(() -> new StyleException(source.describe(name) + ": missing")));
        }
        Deque<String> templates = new ArrayDeque<>();
        templates.add(StyleTemplate.MAIN);
        while (!templates.isEmpty()) {
            String name = templates.poll();
            if (files.containsKey(name)) {
                continue;
            }
            Optional<byte[]> bytes = source.read(name);
            if (bytes.isEmpty()) {
                throw new StyleException(source.describe(name) + ": missing");
            }
            files.put(name, bytes.get());
            Matcher m = PARTIAL.matcher(new String(bytes.get(), StandardCharsets.UTF_8));
            while (m.find()) {
                templates.add(m.group(1) + ".mustache");
            }
        }
        String family = style.defaults().get("typography.font_family");
        if (family != null) {
            String dir = "fonts/" + family.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "/";
            for (String file : new String[] {"Regular.ttf", "Bold.ttf", "Italic.ttf", "BoldItalic.ttf", "OFL.txt",
                    "LICENSE.txt", "LICENSE"}) {
                source.read(dir + file).ifPresent(bytes -> files.put(dir + file, bytes));
            }
        }
        return files;
    }

    /** The files of {@code style} for a new style called {@code name}: its style.yaml names it so. */
    public static Map<String, byte[]> renamed(Style style, String name) throws StyleException {
        Map<String, byte[]> files = of(style);
        String manifest = new String(files.get(StyleManifest.FILE), StandardCharsets.UTF_8);
        Matcher m = NAME_LINE.matcher(manifest);
        String renamed = m.find() ? m.replaceFirst(Matcher.quoteReplacement("name: " + name))
                : "name: " + name + "\n" + manifest;
        files.put(StyleManifest.FILE, renamed.getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
