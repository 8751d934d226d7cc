package cvpress.model;

/** When an entry happened: nothing, free text, one date, or a span whose end may be "present". */
public sealed interface EntryDate {

    /** No date given. */
    record None() implements EntryDate {
    }

    /** Free text such as "Fall 2023", shown as written. */
    record Text(String text) implements EntryDate {
    }

    /** A single exact date. */
    record On(PartialDate date) implements EntryDate {
    }

    /** A span; {@code end} is null when it runs to the present. */
    record Span(PartialDate start, PartialDate end) implements EntryDate {
        public boolean ongoing() {
            return end == null;
        }
    }

    EntryDate NONE = new None();
}
