package cvpress.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads one section: its display title, the one entry type of its entries, and the entries. */
final class SectionReader {

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");

    private final Fields fields;
    private final Problems problems;
    private final EntryReader entries;

    SectionReader(Fields fields) {
        this.fields = fields;
        this.problems = fields.problems();
        this.entries = new EntryReader(fields);
    }

    /** "selected_honors" becomes "Selected Honors" as in RenderCV; other titles stay as written. */
    static String displayTitle(String key) {
        if (!SNAKE_CASE.matcher(key).matches()) {
            return key;
        }
        StringBuilder title = new StringBuilder();
        for (String word : key.split("_")) {
            if (title.length() > 0) {
                title.append(' ');
            }
            title.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return title.toString();
    }

    /** The section, or null when it has no entries or they are not a list. */
    Section read(YamlNode.Pair pair, String sectionsPath) {
        String path = Fields.child(sectionsPath, pair.name());
        YamlNode value = pair.value();
        if (!YamlNode.present(value)) {
            problems.warn(pair.key().location(), path, "section has no entries; it is left out");
            return null;
        }
        YamlNode.Sequence list = fields.list(value, path, "entries");
        if (list == null) {
            return null;
        }
        if (list.items().isEmpty()) {
            problems.warn(list.location(), path, "section has no entries; it is left out");
            return null;
        }
        List<EntryType> types = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            types.add(infer(list.items().get(i), Fields.index(path, i)));
        }
        int first = firstTyped(types);
        if (first < 0) {
            return null;
        }
        EntryType type = types.get(first);
        List<Entry> result = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            EntryType t = types.get(i);
            if (t == null) {
                continue;
            }
            YamlNode item = list.items().get(i);
            if (t != type) {
                problems.error(item.location(), Fields.index(path, i), "entries of two types in one section: ["
                        + first + "] is " + EntryTypeInference.described(type) + ", [" + i + "] is "
                        + EntryTypeInference.described(t) + "; a section holds one type");
                continue;
            }
            result.add(entries.read(item, type, Fields.index(path, i)));
        }
        return new Section(displayTitle(pair.name()), type, result);
    }

    private static int firstTyped(List<EntryType> types) {
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i) != null) {
                return i;
            }
        }
        return -1;
    }

    /** Reports a key that is a near miss of a key deciding the type ("bulet"); whether there was one. */
    private boolean reportedMisspeltTypeKey(YamlNode.Mapping m, String path, List<String> present) {
        List<String> signature = EntryTypeInference.signatureKeys();
        boolean reported = false;
        for (YamlNode.Pair p : m.pairs()) {
            String key = p.name();
            if (signature.contains(key) || EntryTypeInference.anyTypeKnows(key)) {
                continue;
            }
            String suggestion = DidYouMean.closest(key, signature, DidYouMean.typoTolerance(key));
            if (suggestion != null && !present.contains(suggestion)) {
                problems.error(p.key().location(), Fields.child(path, key), "unknown key '" + key
                        + "'; did you mean '" + suggestion + "'? (the entry's type depends on it)");
                reported = true;
            }
        }
        return reported;
    }

    private EntryType infer(YamlNode item, String path) {
        if (item instanceof YamlNode.Scalar s) {
            if (s.absent()) {
                problems.error(s.location(), path, "empty entry (remove the '-' or write the entry)");
                return null;
            }
            return EntryType.TEXT;
        }
        if (item instanceof YamlNode.Sequence) {
            problems.error(item.location(), path, "an entry is a string or a mapping of keys, found a list");
            return null;
        }
        YamlNode.Mapping m = (YamlNode.Mapping) item;
        List<String> present = new ArrayList<>();
        for (YamlNode.Pair p : m.pairs()) {
            if (YamlNode.present(p.value())) {
                present.add(p.name());
            }
        }
        EntryTypeInference.Inferred inferred = EntryTypeInference.infer(present);
        if (inferred.problem() != null && !reportedMisspeltTypeKey(m, path, present)) {
            problems.error(m.location(), path, inferred.problem());
        }
        return inferred.type();
    }
}
