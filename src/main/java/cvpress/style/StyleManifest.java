package cvpress.style;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a style's {@code style.yaml}: {@code name}, {@code description} and a {@code defaults} map of design values. */
final class StyleManifest {

    static final String FILE = "style.yaml";

    private final YAMLFactory yaml = YAMLFactory.builder().build();

    Style read(StyleSource source, String fallbackName) throws StyleException {
        byte[] bytes = source.read(FILE)
                .orElseThrow(() -> new StyleException(source.describe(FILE) + ": missing (a style needs "
                        + FILE + ", " + StyleTemplate.MAIN + " and style.css)"));
        String where = source.describe(FILE);
        String name = fallbackName;
        String description = "";
        Map<String, String> defaults = new LinkedHashMap<>();
        Style.Fit fit = null;
        List<String> honours = Style.OPTIONS;
        try (JsonParser p = yaml.createParser(new String(bytes, StandardCharsets.UTF_8))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new StyleException(where + ":" + line(p) + ": expected a mapping with name, description and defaults");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = line(p);
                JsonToken value = p.nextToken();
                switch (key) {
                    case "name" -> name = scalar(p, value, where, key);
                    case "description" -> description = scalar(p, value, where, key);
                    case "defaults" -> readDefaults(p, value, where, "", defaults);
                    case "honours" -> honours = options(p, value, where);
                    case "fit" -> fit = readFit(p, value, where);
                    default -> throw new StyleException(where + ":" + keyLine + ": unknown key '" + key
                            + "' (expected name, description, defaults, honours, fit)");
                }
            }
        } catch (StreamReadException e) {
            throw new StyleException(where + ":" + syntaxError(e));
        } catch (IOException e) {
            throw new StyleException(where + ": cannot be read: " + e.getMessage());
        }
        if (name == null || name.isBlank()) {
            throw new StyleException(where + ": the style has no name");
        }
        return new Style(name.strip(), description.strip(), source, defaults, honours, fit);
    }

    /** {@code LINE: not valid YAML: problem}, from the YAML scanner's own mark where it gives one. */
    private static String syntaxError(StreamReadException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                return (marked.getProblemMark().getLine() + 1) + ": not valid YAML: "
                        + String.valueOf(marked.getProblem()).replaceAll("\\s+", " ");
            }
        }
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return line + ": not valid YAML: " + e.getOriginalMessage().replaceAll("\\s+", " ");
    }

    /** The {@code defaults} mapping, nested as the CV's design block, into dotted keys ({@code page.size}). */
    private static void readDefaults(JsonParser p, JsonToken value, String where, String parent,
                                     Map<String, String> into) throws IOException, StyleException {
        if (value == JsonToken.VALUE_NULL && parent.isEmpty()) {
            return;
        }
        if (value != JsonToken.START_OBJECT) {
            throw new StyleException(where + ":" + line(p) + ": " + (parent.isEmpty() ? "defaults" : parent)
                    + " must be a mapping of design values");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = parent.isEmpty() ? p.currentName() : parent + "." + p.currentName();
            int keyLine = line(p);
            JsonToken v = p.nextToken();
            String prefix = key + ".";
            if (Style.DESIGN_KEYS.contains(key)) {
                into.put(key, scalar(p, v, where, "defaults." + key));
            } else if (Style.DESIGN_KEYS.stream().anyMatch(k -> k.startsWith(prefix))) {
                readDefaults(p, v, where, key, into);
            } else {
                throw new StyleException(where + ":" + keyLine + ": unknown design value '" + key + "' (known: "
                        + String.join(", ", Style.DESIGN_KEYS) + ")");
            }
        }
    }

    private static List<String> options(JsonParser p, JsonToken value, String where) throws IOException,
            StyleException {
        int at = line(p);
        List<String> options = strings(p, value, where, "honours");
        for (String option : options) {
            if (!Style.OPTIONS.contains(option)) {
                throw new StyleException(where + ":" + at + ": honours: unknown design option '" + option
                        + "' (known: " + String.join(", ", Style.OPTIONS) + ")");
            }
        }
        return options;
    }

    /** {@code fit}: {@code pages} (1 to 9), {@code min_font_size}, {@code drop_first} and {@code keep} (lists). */
    private static Style.Fit readFit(JsonParser p, JsonToken value, String where) throws IOException, StyleException {
        if (value != JsonToken.START_OBJECT) {
            throw new StyleException(where + ":" + line(p) + ": fit must be a mapping (pages, min_font_size, "
                    + "drop_first, keep)");
        }
        int pages = 1;
        String minFontSize = "9pt";
        List<String> dropFirst = new ArrayList<>();
        List<String> keep = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int keyLine = line(p);
            JsonToken v = p.nextToken();
            switch (key) {
                case "pages" -> {
                    String n = scalar(p, v, where, "fit.pages");
                    if (!n.matches("[1-9]")) {
                        throw new StyleException(where + ":" + keyLine + ": fit.pages must be a number from 1 to 9");
                    }
                    pages = Integer.parseInt(n);
                }
                case "min_font_size" -> minFontSize = scalar(p, v, where, "fit.min_font_size");
                case "drop_first" -> dropFirst = strings(p, v, where, "fit.drop_first");
                case "keep" -> keep = strings(p, v, where, "fit.keep");
                default -> throw new StyleException(where + ":" + keyLine + ": unknown key 'fit." + key
                        + "' (expected pages, min_font_size, drop_first, keep)");
            }
        }
        return new Style.Fit(pages, minFontSize, dropFirst, keep);
    }

    private static List<String> strings(JsonParser p, JsonToken value, String where, String key)
            throws IOException, StyleException {
        if (value != JsonToken.START_ARRAY) {
            throw new StyleException(where + ":" + line(p) + ": " + key + " must be a list");
        }
        List<String> items = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            items.add(scalar(p, t, where, key));
        }
        return items;
    }

    private static String scalar(JsonParser p, JsonToken value, String where, String key)
            throws IOException, StyleException {
        if (value == null || !value.isScalarValue() || value == JsonToken.VALUE_NULL) {
            throw new StyleException(where + ":" + line(p) + ": " + key + " must be a single value");
        }
        return p.getText();
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }
}
