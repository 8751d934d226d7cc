package cvpress.model;

import java.util.List;

/** One bullet of an entry, with its nested sub-bullets (inline markdown, as written). */
public record Highlight(String text, List<String> children) {
    public Highlight {
        children = List.copyOf(children);
    }
}
