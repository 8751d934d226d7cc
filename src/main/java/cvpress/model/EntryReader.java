package cvpress.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds one section entry of a known type from its mapping (or string), checking its values. */
final class EntryReader {

    private final Fields fields;
    private final Problems problems;
    private final EntryDates dates;

    EntryReader(Fields fields) {
        this.fields = fields;
        this.problems = fields.problems();
        this.dates = new EntryDates(fields);
    }

    Entry read(YamlNode node, EntryType type, String path) {
        if (!(node instanceof YamlNode.Mapping m)) {
            return new Entry.Text(fields.string(node, path));
        }
        Map<String, Object> extra = extra(m, type, path);
        return switch (type) {
            case BULLET -> new Entry.Bullet(text(m, "bullet", path));
            case ONE_LINE -> new Entry.OneLine(text(m, "label", path), text(m, "details", path));
            case NUMBERED -> new Entry.Numbered(text(m, "number", path));
            case REVERSED_NUMBERED -> new Entry.ReversedNumbered(text(m, "reversed_number", path));
            case NORMAL -> new Entry.Normal(text(m, "name", path), details(m, path, extra));
            case EXPERIENCE -> new Entry.Experience(text(m, "company", path), text(m, "position", path),
                    details(m, path, extra));
            case EDUCATION -> new Entry.Education(text(m, "institution", path), text(m, "area", path),
                    text(m, "degree", path), details(m, path, extra));
            case PUBLICATION -> publication(m, path, extra);
            case TEXT -> new Entry.Text(fields.string(node, path));
        };
    }

    private String text(YamlNode.Mapping m, String key, String path) {
        return fields.string(m.get(key), Fields.child(path, key));
    }

    private Entry.Publication publication(YamlNode.Mapping m, String path, Map<String, Object> extra) {
        List<String> authors = fields.stringList(m.get("authors"), Fields.child(path, "authors"), "authors");
        if (authors.isEmpty() && m.get("authors") instanceof YamlNode.Sequence none) {
            problems.error(none.location(), Fields.child(path, "authors"), "a publication needs at least one author");
        }
        String doi = text(m, "doi", path);
        if (doi != null) {
            check(ContactChecks.doi(doi), m.get("doi"), Fields.child(path, "doi"));
        }
        String url = text(m, "url", path);
        if (url != null) {
            check(ContactChecks.url(url), m.get("url"), Fields.child(path, "url"));
        }
        return new Entry.Publication(text(m, "title", path), authors, doi, url, text(m, "journal", path),
                dates.read(m, path, false), text(m, "summary", path), extra);
    }

    private EntryDetails details(YamlNode.Mapping m, String path, Map<String, Object> extra) {
        EntryDate date = dates.read(m, path, true);
        String highlightsPath = Fields.child(path, "highlights");
        List<Highlight> highlights = new ArrayList<>();
        YamlNode.Sequence list = fields.list(m.get("highlights"), highlightsPath, "highlights");
        if (list != null) {
            for (int i = 0; i < list.items().size(); i++) {
                YamlNode item = list.items().get(i);
                String text = fields.string(item, Fields.index(highlightsPath, i));
                if (text != null) {
                    highlights.add(HighlightParser.parse((YamlNode.Scalar) item, text));
                }
            }
        }
        return new EntryDetails(date, text(m, "location", path), text(m, "summary", path), highlights, extra);
    }

    /** The keys beyond the type's own, as strings or lists of strings; likely typos of known keys are errors. */
    private Map<String, Object> extra(YamlNode.Mapping m, EntryType type, String path) {
        Set<String> known = EntryTypeInference.knownKeys(type);
        Map<String, Object> extra = new LinkedHashMap<>();
        for (YamlNode.Pair pair : m.pairs()) {
            String key = pair.name();
            if (known.contains(key)) {
                continue;
            }
            String keyPath = Fields.child(path, key);
            String typo = EntryTypeInference.anyTypeKnows(key) ? null
                    : DidYouMean.closest(key, known, DidYouMean.typoTolerance(key));
            if (typo != null) {
                problems.error(pair.key().location(), keyPath, "unknown key '" + key + "' in "
                        + EntryTypeInference.described(type) + "; did you mean '" + typo + "'?");
                continue;
            }
            if (!YamlNode.present(pair.value())) {
                continue;
            }
            switch (type) {
                case NORMAL, EXPERIENCE, EDUCATION, PUBLICATION -> {
                    Object value = extraValue(pair.value(), keyPath);
                    if (value != null) {
                        extra.put(key, value);
                    }
                }
                default -> problems.warn(pair.key().location(), keyPath,
                        "key '" + key + "' is ignored in " + EntryTypeInference.described(type));
            }
        }
        return extra;
    }

    private Object extraValue(YamlNode value, String path) {
        if (value instanceof YamlNode.Scalar) {
            return fields.string(value, path);
        }
        if (value instanceof YamlNode.Sequence) {
            return List.copyOf(fields.strings(value, path));
        }
        problems.error(value.location(), path, "an extra key of an entry holds a string or a list of strings, "
                + "found " + value.kind());
        return null;
    }

    private void check(String problem, YamlNode node, String path) {
        if (problem != null) {
            problems.error(node.location(), path, problem);
        }
    }
}
