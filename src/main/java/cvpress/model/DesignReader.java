package cvpress.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code design} block: cvpress's keys into {@link Design}, RenderCV's other keys with a warning. */
final class DesignReader {

    private static final Pattern LENGTH = Pattern.compile("(\\d+(\\.\\d*)?|\\.\\d+)\\s*(cm|mm|in|pt|px|em)|0");
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern RGB = Pattern.compile(
            "rgb\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*\\)");

    private final Fields fields;
    private final Problems problems;

    /** The design and the date templates RenderCV keeps under {@code design.templates}. */
    record Result(Design design, String singleDate, String dateRange) {
    }

    DesignReader(Fields fields) {
        this.fields = fields;
        this.problems = fields.problems();
    }

    Result read(YamlNode.Mapping design) {
        walk(design, "");
        String style = fields.string(at(design, "style"), "design.style");
        String theme = fields.string(at(design, "theme"), "design.theme");
        if (theme != null) {
            String lower = theme.toLowerCase(Locale.ROOT);
            String mapped = DesignVocabulary.RENDERCV_THEMES.get(lower);
            if (mapped == null) {
                mapped = "industry";
                problems.warn(at(design, "theme").location(), "design.theme", "unknown RenderCV theme '" + theme
                        + "'; cvpress uses the industry style for it");
            }
            if (style == null) {
                style = mapped;
            }
        }
        String size = pageSize(at(design, "page.size"));
        Design.Margins margins = new Design.Margins(length(design, "page.top_margin"),
                length(design, "page.bottom_margin"), length(design, "page.left_margin"),
                length(design, "page.right_margin"));
        String accent = color(design, "colors.accent");
        if (accent == null) {
            accent = color(design, "color");
        }
        if (accent == null) {
            accent = color(design, "primary_color");
        }
        String font = fontFamily(design);
        String fontSize = fontSize(design);
        return new Result(new Design(style, size, margins, accent, font, fontSize, fit(design)),
                fields.string(at(design, "templates.single_date"), "design.templates.single_date"),
                fields.string(at(design, "templates.date_range"), "design.templates.date_range"));
    }

    /** Reports unknown keys (errors) and RenderCV keys cvpress ignores (warnings); cvpress's keys are read later. */
    private void walk(YamlNode.Mapping mapping, String parent) {
        for (YamlNode.Pair pair : mapping.pairs()) {
            String path = parent.isEmpty() ? pair.name() : parent + "." + pair.name();
            boolean container = DesignVocabulary.isContainer(path);
            if (container && pair.value() instanceof YamlNode.Mapping m) {
                walk(m, path);
            } else if (!DesignVocabulary.CVPRESS.contains(path)) {
                report(pair, parent, path, container);
            }
        }
    }

    private void report(YamlNode.Pair pair, String parent, String path, boolean container) {
        String full = "design." + path;
        YamlNode value = pair.value();
        if (container && YamlNode.present(value) && DesignVocabulary.readByCvpress(path)) {
            problems.error(value.location(), full, "expected a mapping of keys to values, found " + value.kind());
        } else if (DesignVocabulary.RENDERCV.contains(path) || container) {
            if (YamlNode.present(value)) {
                problems.warn(pair.key().location(), full, "a RenderCV option cvpress ignores");
            }
        } else {
            Set<String> ours = DesignVocabulary.cvpressChildrenOf(parent);
            String allowed = (ours.isEmpty() ? "" : String.join(", ", ours) + " or ") + "RenderCV's design keys";
            problems.error(pair.key().location(), full,
                    DidYouMean.unknownKey(pair.name(), DesignVocabulary.childrenOf(parent), allowed));
        }
    }

    /** The value at a dotted path below {@code root}, or null. */
    static YamlNode at(YamlNode.Mapping root, String path) {
        YamlNode node = root;
        for (String key : path.split("\\.")) {
            if (!(node instanceof YamlNode.Mapping m)) {
                return null;
            }
            node = m.get(key);
        }
        return node;
    }

    private String pageSize(YamlNode node) {
        String size = fields.string(node, "design.page.size");
        if (size == null) {
            return null;
        }
        String normal = size.toLowerCase(Locale.ROOT);
        Map<String, String> sizes = Map.of("a4", "a4", "us-letter", "us-letter", "letter", "us-letter");
        String known = sizes.get(normal);
        if (known == null) {
            problems.error(node.location(), "design.page.size", "page size '" + size
                    + "' is not supported; use a4 or us-letter");
        }
        return known;
    }

    private String length(YamlNode.Mapping design, String path) {
        YamlNode node = at(design, path);
        String value = fields.string(node, "design." + path);
        if (value == null) {
            return null;
        }
        if (!LENGTH.matcher(value).matches()) {
            problems.error(node.location(), "design." + path, "\"" + value
                    + "\" is not a length (use a number with cm, mm, in, pt, px or em, such as 2cm)");
            return null;
        }
        return value.replaceAll("\\s+", "");
    }

    private String color(YamlNode.Mapping design, String path) {
        YamlNode node = at(design, path);
        String value = fields.string(node, "design." + path);
        if (value == null) {
            return null;
        }
        if (HEX.matcher(value).matches()) {
            return value;
        }
        Matcher rgb = RGB.matcher(value);
        if (rgb.matches()) {
            for (int i = 1; i <= 3; i++) {
                if (Integer.parseInt(rgb.group(i)) > 255) {
                    problems.error(node.location(), "design." + path, "\"" + value
                            + "\" is not a colour: rgb() components go from 0 to 255");
                    return null;
                }
            }
            return value;
        }
        problems.error(node.location(), "design." + path, "\"" + value
                + "\" is not a colour (use #rrggbb, #rgb or rgb(r, g, b))");
        return null;
    }

    private String fontFamily(YamlNode.Mapping design) {
        YamlNode node = at(design, "typography.font_family");
        if (node instanceof YamlNode.Mapping) {
            return fields.string(at(design, "typography.font_family.body"), "design.typography.font_family.body");
        }
        String family = fields.string(node, "design.typography.font_family");
        return family != null ? family : fields.string(at(design, "font"), "design.font");
    }

    private Design.Fit fit(YamlNode.Mapping design) {
        List<String> keep = fields.stringList(at(design, "fit.keep_sections"), "design.fit.keep_sections",
                "section titles");
        YamlNode capNode = at(design, "fit.max_entries");
        String cap = fields.string(capNode, "design.fit.max_entries");
        Integer maxEntries = null;
        if (cap != null) {
            if (cap.matches("[1-9]\\d{0,2}")) {
                maxEntries = Integer.valueOf(cap);
            } else {
                problems.error(capNode.location(), "design.fit.max_entries", "\"" + cap
                        + "\" is not a number of entries (use a whole number from 1 to 999)");
            }
        }
        return new Design.Fit(keep, maxEntries, length(design, "fit.min_font_size"));
    }

    private String fontSize(YamlNode.Mapping design) {
        YamlNode node = at(design, "typography.font_size");
        String path = "typography.font_size";
        if (node instanceof YamlNode.Mapping) {
            path = "typography.font_size.body";
        } else if (!YamlNode.present(node)) {
            path = "font_size";
        }
        return length(design, path);
    }
}
