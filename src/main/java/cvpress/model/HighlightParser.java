package cvpress.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Recovers nested bullets from a highlight's source lines: RenderCV writes a sub-bullet as a continuation line
 * starting with {@code - }, which YAML folds into the text of a plain scalar.
 */
final class HighlightParser {

    private HighlightParser() {
    }

    static Highlight parse(YamlNode.Scalar scalar, String text) {
        if (scalar.source() == null) {
            return new Highlight(text, List.of());
        }
        String[] lines = scalar.source().split("\r?\n|\r", -1);
        int first = scalar.plain() ? 0 : 1;
        StringBuilder parent = new StringBuilder();
        List<StringBuilder> children = new ArrayList<>();
        for (int i = first; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean bullet = i > first && (line.startsWith("- ") || line.equals("-"));
            if (bullet) {
                children.add(new StringBuilder(line.substring(1).strip()));
            } else {
                StringBuilder target = children.isEmpty() ? parent : children.get(children.size() - 1);
                if (target.length() > 0) {
                    target.append(' ');
                }
                target.append(line);
            }
        }
        if (children.isEmpty()) {
            return new Highlight(text, List.of());
        }
        List<String> childTexts = new ArrayList<>();
        for (StringBuilder child : children) {
            if (child.length() > 0) {
                childTexts.add(child.toString());
            }
        }
        return new Highlight(parent.toString(), childTexts);
    }
}
