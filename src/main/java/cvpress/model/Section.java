package cvpress.model;

import java.util.List;

/** A titled section of the CV; all its entries are of one type. */
public record Section(String title, EntryType type, List<Entry> entries) {
    public Section {
        entries = List.copyOf(entries);
    }

    /** The title a section written under {@code key} gets: "selected_honors" reads as "Selected Honors". */
    public static String titleOfKey(String key) {
        return SectionReader.displayTitle(key);
    }
}
