package cvpress.model;

import java.util.List;

/** A titled section of the CV; all its entries are of one type. */
public record Section(String title, EntryType type, List<Entry> entries) {
    public Section {
        entries = List.copyOf(entries);
    }
}
