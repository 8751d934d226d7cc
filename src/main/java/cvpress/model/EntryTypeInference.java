package cvpress.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Infers an entry's type from the keys it has, as RenderCV does, and says what is missing when none fits. */
final class EntryTypeInference {

    /** The keys that mark a type, all of which an entry of that type needs. */
    private record Signature(EntryType type, List<String> required) {
    }

    /** Most specific first: an entry with company, position and name is an experience entry. */
    private static final List<Signature> SIGNATURES = List.of(
            new Signature(EntryType.PUBLICATION, List.of("title", "authors")),
            new Signature(EntryType.EXPERIENCE, List.of("company", "position")),
            new Signature(EntryType.EDUCATION, List.of("institution", "area")),
            new Signature(EntryType.ONE_LINE, List.of("label", "details")),
            new Signature(EntryType.NORMAL, List.of("name")),
            new Signature(EntryType.BULLET, List.of("bullet")),
            new Signature(EntryType.NUMBERED, List.of("number")),
            new Signature(EntryType.REVERSED_NUMBERED, List.of("reversed_number")));

    private static final List<String> COMMON_KEYS = List.of("date", "start_date", "end_date", "location", "summary",
            "highlights");

    private static final Map<EntryType, Set<String>> KNOWN = known();

    /** The inferred type, or the problem that prevents it. */
    record Inferred(EntryType type, String problem) {
    }

    private EntryTypeInference() {
    }

    private static Map<EntryType, Set<String>> known() {
        Map<EntryType, Set<String>> known = new EnumMap<>(EntryType.class);
        known.put(EntryType.TEXT, ordered());
        known.put(EntryType.BULLET, ordered("bullet"));
        known.put(EntryType.ONE_LINE, ordered("label", "details"));
        known.put(EntryType.NUMBERED, ordered("number"));
        known.put(EntryType.REVERSED_NUMBERED, ordered("reversed_number"));
        known.put(EntryType.NORMAL, withCommon("name"));
        known.put(EntryType.EXPERIENCE, withCommon("company", "position"));
        known.put(EntryType.EDUCATION, withCommon("institution", "area", "degree"));
        known.put(EntryType.PUBLICATION, ordered("title", "authors", "doi", "url", "journal", "date", "summary"));
        return known;
    }

    private static Set<String> withCommon(String... keys) {
        Set<String> set = new LinkedHashSet<>(List.of(keys));
        set.addAll(COMMON_KEYS);
        return Collections.unmodifiableSet(set);
    }

    /** An unmodifiable set that iterates in the order given, so that suggestions are the same on every run. */
    private static Set<String> ordered(String... keys) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(keys)));
    }

    /** The keys whose presence decides an entry's type. */
    static List<String> signatureKeys() {
        return SIGNATURES.stream().flatMap(s -> s.required().stream()).distinct().toList();
    }

    /** The keys an entry of {@code type} understands. */
    static Set<String> knownKeys(EntryType type) {
        return KNOWN.get(type);
    }

    /** "an experience entry", "a normal entry". */
    static String described(EntryType type) {
        String label = type.label();
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label + " entry";
    }

    /** Whether some entry type understands {@code key}. */
    static boolean anyTypeKnows(String key) {
        return KNOWN.values().stream().anyMatch(keys -> keys.contains(key));
    }

    /** Infers the type of a mapping entry from the keys that hold a value. */
    static Inferred infer(Collection<String> presentKeys) {
        for (Signature s : SIGNATURES) {
            if (presentKeys.containsAll(s.required())) {
                return new Inferred(s.type(), null);
            }
        }
        Signature best = null;
        long bestCount = 0;
        for (Signature s : SIGNATURES) {
            long count = s.required().stream().filter(presentKeys::contains).count();
            if (count > bestCount) {
                best = s;
                bestCount = count;
            }
        }
        if (best != null) {
            List<String> missing = new ArrayList<>(best.required());
            missing.removeAll(presentKeys);
            return new Inferred(null, best.type().label() + " entry needs " + String.join(" and ", missing));
        }
        String has = presentKeys.isEmpty() ? "no keys with a value"
                : "the keys " + String.join(", ", presentKeys);
        return new Inferred(null, "this entry matches no entry type: it has " + has + "; an entry needs name, "
                + "company and position, institution and area, title and authors, label and details, bullet, "
                + "number or reversed_number, or is a plain string");
    }
}
