package cvpress.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Typed access to the values of the YAML tree; each wrong type becomes a located error and a null result. */
final class Fields {

    private final Problems problems;

    Fields(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** Reports the keys of {@code mapping} that are not in {@code known}, with a did-you-mean. */
    void checkKeys(YamlNode.Mapping mapping, String path, Collection<String> known) {
        for (YamlNode.Pair pair : mapping.pairs()) {
            if (!known.contains(pair.name())) {
                problems.error(pair.key().location(), child(path, pair.name()),
                        DidYouMean.unknownKey(pair.name(), known));
            }
        }
    }

    /** The text of a string value; null when absent or not a string (reported). */
    String string(YamlNode node, String path) {
        if (!YamlNode.present(node)) {
            return null;
        }
        if (node instanceof YamlNode.Scalar s) {
            String text = s.text().strip();
            return text.isEmpty() ? null : text;
        }
        problems.error(node.location(), path, "expected a string, found " + node.kind());
        return null;
    }

    /** A string or a list of strings, as a list; empty when absent. */
    List<String> strings(YamlNode node, String path) {
        List<String> result = new ArrayList<>();
        if (!YamlNode.present(node)) {
            return result;
        }
        if (node instanceof YamlNode.Scalar) {
            String s = string(node, path);
            if (s != null) {
                result.add(s);
            }
            return result;
        }
        if (node instanceof YamlNode.Sequence seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                String s = string(seq.items().get(i), index(path, i));
                if (s != null) {
                    result.add(s);
                }
            }
            return result;
        }
        problems.error(node.location(), path, "expected a string or a list of strings, found " + node.kind());
        return result;
    }

    /** A list of strings (a single string is an error: {@code what} names the items); empty when absent. */
    List<String> stringList(YamlNode node, String path, String what) {
        if (YamlNode.present(node) && node instanceof YamlNode.Scalar) {
            problems.error(node.location(), path, "expected a list of " + what + ", found a string (write each on "
                    + "its own line starting with '- ')");
            return new ArrayList<>();
        }
        return strings(node, path);
    }

    /** The value as a list; null when absent or not a list (reported, {@code what} names the items). */
    YamlNode.Sequence list(YamlNode node, String path, String what) {
        if (!YamlNode.present(node)) {
            return null;
        }
        if (node instanceof YamlNode.Sequence seq) {
            return seq;
        }
        String hint = node instanceof YamlNode.Scalar ? " (write each on its own line starting with '- ')" : "";
        problems.error(node.location(), path, "expected a list of " + what + ", found " + node.kind() + hint);
        return null;
    }

    /** The value as a mapping; null when absent or not a mapping (reported). */
    YamlNode.Mapping mapping(YamlNode node, String path) {
        if (!YamlNode.present(node)) {
            return null;
        }
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        problems.error(node.location(), path, "expected a mapping of keys to values, found " + node.kind());
        return null;
    }
}
