package cvpress.model;

import java.util.Locale;

/** Reads an entry's {@code date}, {@code start_date} and {@code end_date} into one {@link EntryDate}. */
final class EntryDates {

    private final Fields fields;

    EntryDates(Fields fields) {
        this.fields = fields;
    }

    /** The date of an entry that may have a span ({@code spans}) or only a free-text {@code date}. */
    EntryDate read(YamlNode.Mapping entry, String path, boolean spans) {
        YamlNode dateNode = entry.get("date");
        String date = fields.string(dateNode, Fields.child(path, "date"));
        if (!spans) {
            return date == null ? EntryDate.NONE : freeText(date);
        }
        YamlNode startNode = entry.get("start_date");
        YamlNode endNode = entry.get("end_date");
        String start = fields.string(startNode, Fields.child(path, "start_date"));
        String end = fields.string(endNode, Fields.child(path, "end_date"));
        if (start == null && end == null) {
            return date == null ? EntryDate.NONE : freeText(date);
        }
        if (date != null) {
            fields.problems().warn(dateNode.location(), Fields.child(path, "date"),
                    "date is ignored because start_date or end_date is given");
        }
        PartialDate from = start == null ? null : parse(start, startNode, Fields.child(path, "start_date"));
        boolean present = end != null && end.toLowerCase(Locale.ROOT).equals("present");
        PartialDate to = end == null || present ? null : parse(end, endNode, Fields.child(path, "end_date"));
        if (start == null) {
            if (present) {
                fields.problems().error(endNode.location(), Fields.child(path, "end_date"),
                        "end_date \"present\" needs a start_date");
                return EntryDate.NONE;
            }
            return to == null ? EntryDate.NONE : new EntryDate.On(to);
        }
        if (from == null || (end != null && !present && to == null)) {
            return EntryDate.NONE;
        }
        if (to != null && from.compareTo(to) > 0) {
            fields.problems().error(startNode.location(), Fields.child(path, "start_date"),
                    "start_date " + from + " is after end_date " + to);
            return EntryDate.NONE;
        }
        return new EntryDate.Span(from, to);
    }

    private PartialDate parse(String text, YamlNode node, String path) {
        DateParser.Parsed parsed = DateParser.parse(text);
        if (!parsed.ok()) {
            fields.problems().error(node.location(), path, parsed.problem());
        }
        return parsed.date();
    }

    /** A free-text date: a date when it is one, else the text as written ("Fall 2023", "2020-21"). */
    private static EntryDate freeText(String text) {
        DateParser.Parsed parsed = DateParser.parse(text);
        return parsed.ok() ? new EntryDate.On(parsed.date()) : new EntryDate.Text(text);
    }
}
