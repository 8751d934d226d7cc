package cvpress.model;

import java.util.List;
import java.util.Map;

/**
 * The keys most entry types share: date, location, summary, highlights, and any extra keys
 * the author added (a string or a list of strings each), kept in the order written.
 */
public record EntryDetails(EntryDate date, String location, String summary, List<Highlight> highlights,
                           Map<String, Object> extra) {
    public EntryDetails {
        highlights = List.copyOf(highlights);
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    public static final EntryDetails EMPTY = new EntryDetails(EntryDate.NONE, null, null, List.of(), Map.of());
}
