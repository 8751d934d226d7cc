package cvpress.model;

/** The kinds of section entry, inferred from the keys an entry has; a section holds one kind. */
public enum EntryType {
    TEXT("text"),
    BULLET("bullet"),
    ONE_LINE("one-line"),
    NUMBERED("numbered"),
    REVERSED_NUMBERED("reversed-numbered"),
    NORMAL("normal"),
    EXPERIENCE("experience"),
    EDUCATION("education"),
    PUBLICATION("publication");

    private final String label;

    EntryType(String label) {
        this.label = label;
    }

    /** The name used in messages and template partials, e.g. {@code one-line}. */
    public String label() {
        return label;
    }
}
