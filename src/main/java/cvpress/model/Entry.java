package cvpress.model;

import java.util.List;

/** One entry of a section; its record type is the entry type. Text fields hold inline markdown as written. */
public sealed interface Entry {

    EntryType type();

    /** A plain paragraph. */
    record Text(String text) implements Entry {
        public EntryType type() { return EntryType.TEXT; }
    }

    /** A bullet point. */
    record Bullet(String bullet) implements Entry {
        public EntryType type() { return EntryType.BULLET; }
    }

    /** A label with details, such as "Languages: Python, C++". */
    record OneLine(String label, String details) implements Entry {
        public EntryType type() { return EntryType.ONE_LINE; }
    }

    /** An item of a numbered list. */
    record Numbered(String number) implements Entry {
        public EntryType type() { return EntryType.NUMBERED; }
    }

    /** An item of a list numbered from its length down to 1. */
    record ReversedNumbered(String reversedNumber) implements Entry {
        public EntryType type() { return EntryType.REVERSED_NUMBERED; }
    }

    /** A generic entry with a name (a project, an award, a talk). */
    record Normal(String name, EntryDetails details) implements Entry {
        public EntryType type() { return EntryType.NORMAL; }
    }

    /** A position held at a company or lab. */
    record Experience(String company, String position, EntryDetails details) implements Entry {
        public EntryType type() { return EntryType.EXPERIENCE; }
    }

    /** A degree or course of study; {@code degree} may be null. */
    record Education(String institution, String area, String degree, EntryDetails details) implements Entry {
        public EntryType type() { return EntryType.EDUCATION; }
    }

    /** A publication; the owner's name among {@code authors} is written {@code **Name**} or {@code *Name*}. */
    record Publication(String title, List<String> authors, String doi, String url, String journal,
                       EntryDate date, String summary, java.util.Map<String, Object> extra) implements Entry {
        public Publication {
            authors = List.copyOf(authors);
            extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
        }

        public EntryType type() { return EntryType.PUBLICATION; }
    }
}
