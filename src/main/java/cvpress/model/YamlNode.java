package cvpress.model;

import java.util.List;

/** A node of the located YAML tree: every scalar kept as the text it was written as, every node with its place. */
sealed interface YamlNode {

    Location location();

    /** How a node is named in messages ("a string", "a list", "a mapping"). */
    String kind();

    /**
     * A scalar as written; {@code text} is null for a plain empty, {@code ~} or {@code null} value (absent), and
     * {@code source} holds the scalar's source lines when it is plain or a block scalar spanning several lines.
     */
    record Scalar(String text, boolean plain, String source, Location location) implements YamlNode {
        boolean absent() {
            return text == null;
        }

        public String kind() {
            return absent() ? "nothing" : "a string";
        }
    }

    /** A sequence in the order written. */
    record Sequence(List<YamlNode> items, Location location) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        public String kind() {
            return "a list";
        }
    }

    /** A key of a mapping with the value written for it. */
    record Pair(Scalar key, YamlNode value) {
        String name() {
            return key.text() == null ? "" : key.text();
        }
    }

    /** A mapping in the order written; keys are unique (the reader reports duplicates and keeps the first). */
    record Mapping(List<Pair> pairs, Location location) implements YamlNode {
        public Mapping {
            pairs = List.copyOf(pairs);
        }

        public String kind() {
            return "a mapping";
        }

        /** The value written for {@code key}, or null when the key is missing. */
        YamlNode get(String key) {
            Pair pair = pair(key);
            return pair == null ? null : pair.value();
        }

        /** The pair of {@code key}, or null when the key is missing. */
        Pair pair(String key) {
            for (Pair p : pairs) {
                if (key.equals(p.name())) {
                    return p;
                }
            }
            return null;
        }
    }

    /** Whether {@code node} holds a value: not missing and not an absent scalar. */
    static boolean present(YamlNode node) {
        return node != null && !(node instanceof Scalar s && s.absent());
    }
}
