package cvpress.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One {@code --set design.KEY=VALUE} from the command line: a dotted path into the {@code design} block, as
 * the YAML writes it, and the value it takes there ({@code [a, b]} for a list), checked like a value written
 * in the file.
 *
 * @param path  the dotted path, starting with {@code design.}
 * @param value the value as typed
 */
public record DesignOverride(String path, String value) {

    /** Where messages about an override point. */
    static final String WHERE = "--set";

    private static final Pattern PATH = Pattern.compile("design(\\.[A-Za-z0-9_]+)+");

    /**
     * Reads {@code design.page.size=us-letter}.
     *
     * @throws IllegalArgumentException with a one-line message when it is not of that form
     */
    public static DesignOverride parse(String assignment) {
        int eq = assignment.indexOf('=');
        String path = eq < 0 ? assignment.strip() : assignment.substring(0, eq).strip();
        if (eq < 0 || !PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("--set takes design.KEY=VALUE with the keys of the YAML's design "
                    + "block, such as design.page.size=us-letter, not '" + assignment + "'");
        }
        return new DesignOverride(path, assignment.substring(eq + 1).strip());
    }

    /** The tree with this value set at the path, creating the mappings on the way (replacing what is not one). */
    YamlNode.Mapping applyTo(YamlNode.Mapping root) {
        return set(root, path.split("\\."), 0);
    }

    /** The value as a node: {@code [a, b]} is a list (as YAML's flow style writes one), anything else a string. */
    private YamlNode node(Location where) {
        if (value.startsWith("[") && value.endsWith("]")) {
            List<YamlNode> items = new ArrayList<>();
            String inner = value.substring(1, value.length() - 1);
            if (!inner.isBlank()) {
                for (String item : inner.split(",")) {
                    items.add(new YamlNode.Scalar(item.strip(), true, null, where));
                }
            }
            return new YamlNode.Sequence(items, where);
        }
        return new YamlNode.Scalar(value.isEmpty() ? null : value, true, null, where);
    }

    private YamlNode.Mapping set(YamlNode.Mapping mapping, String[] keys, int i) {
        Location where = new Location(WHERE, 0, 0);
        YamlNode.Scalar key = new YamlNode.Scalar(keys[i], true, null, where);
        YamlNode.Pair existing = mapping.pair(keys[i]);
        YamlNode value;
        if (i == keys.length - 1) {
            value = node(where);
        } else {
            YamlNode.Mapping child = existing != null && existing.value() instanceof YamlNode.Mapping m
                    ? m : new YamlNode.Mapping(List.of(), where);
            value = set(child, keys, i + 1);
        }
        List<YamlNode.Pair> pairs = new ArrayList<>(mapping.pairs());
        if (existing != null) {
            pairs.set(pairs.indexOf(existing), new YamlNode.Pair(existing.key(), value));
        } else {
            pairs.add(new YamlNode.Pair(key, value));
        }
        return new YamlNode.Mapping(pairs, mapping.location());
    }
}
