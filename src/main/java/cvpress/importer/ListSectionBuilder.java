package cvpress.importer;

import cvpress.model.Entry;
import cvpress.model.EntryDate;
import cvpress.model.EntryDetails;
import cvpress.model.EntryType;
import cvpress.model.PartialDate;
import cvpress.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a section that has no entry heads, only bullets and paragraphs: "Label: details" items become one-line
 * entries, items ending in a year dated entries, items grouped under a year one dated entry each ("Venue:
 * *Talk*" split into place and name), other groups entries named by their heading, and the rest bullets or
 * paragraphs. Items numbered 1, 2, … or …, 2, 1 are numbered or reversed-numbered entries. In text read from a
 * PDF ({@code typeset}), where an entry's date stands in a column of its own, a year at the end of an item is the
 * item's text, not its date.
 */
final class ListSectionBuilder {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.\\s+(\\S.*)$");

    private final boolean typeset;

    /** A builder; {@code typeset} when the text came from a PDF. */
    ListSectionBuilder(boolean typeset) {
        this.typeset = typeset;
    }

    private static final Pattern ONE_LINE = Pattern.compile("^(?:\\*\\*)?([^:*]{1,50}?)(?::\\*\\*|\\*\\*:|:)\\s+(\\S.*)$");
    private static final Pattern TRAILING_YEAR = Pattern.compile(
            "^(.*?\\S)[\\s,–-]*\\(?(\\*{0,2})((?:19|20)\\d{2})\\2\\)?\\.?$");
    private static final Pattern VENUE_AND_TITLE = Pattern.compile("^([^*:]{2,80}):\\s*\\*([^*]+)\\*\\.?$");
    private static final Pattern YEAR_ONLY = Pattern.compile("^(?:19|20)\\d{2}$");
    private static final Pattern TRAILING_COLON = Pattern.compile(":$");

    /** A section without entry heads: one-line entries, dated entries, groups, bullets or paragraphs. */
    Section build(String title, List<BulletParser.Node> roots) {
        boolean groups = roots.stream().anyMatch(n -> !n.children.isEmpty());
        boolean allBullets = roots.stream().allMatch(n -> n.bullet);
        if (!groups) {
            if ((allBullets || roots.stream().allMatch(n -> n.text.startsWith("**")))
                    && roots.stream().allMatch(n -> ONE_LINE.matcher(n.text).matches()
                    && ONE_LINE.matcher(n.text).replaceFirst("$1").split(" ").length <= 6)) {
                List<Entry> entries = new ArrayList<>();
                for (BulletParser.Node n : roots) {
                    Matcher m = ONE_LINE.matcher(n.text);
                    if (m.matches()) {
                        entries.add(new Entry.OneLine(EntryBuilder.clean(m.group(1).strip()), EntryBuilder.clean(m.group(2).strip())));
                    }
                }
                return new Section(title, EntryType.ONE_LINE, entries);
            }
            Section numbered = numbered(title, roots);
            if (numbered != null) {
                return numbered;
            }
            if (!typeset && allBullets && roots.stream().allMatch(n -> TRAILING_YEAR.matcher(n.text).matches())) {
                List<Entry> entries = new ArrayList<>();
                for (BulletParser.Node n : roots) {
                    Matcher m = TRAILING_YEAR.matcher(n.text);
                    if (m.matches()) {
                        entries.add(new Entry.Normal(EntryBuilder.clean(EntryBuilder.unbold(m.group(1))), new EntryDetails(
                                year(m.group(3)), null, null, List.of(), Map.of())));
                    }
                }
                return new Section(title, EntryType.NORMAL, entries);
            }
            long bulletCount = roots.stream().filter(n -> n.bullet).count();
            List<Entry> entries = new ArrayList<>();
            boolean asBullets = bulletCount * 2 > roots.size();
            for (BulletParser.Node n : roots) {
                entries.add(asBullets ? new Entry.Bullet(EntryBuilder.clean(n.text)) : new Entry.Text(EntryBuilder.clean(n.text)));
            }
            return new Section(title, asBullets ? EntryType.BULLET : EntryType.TEXT, entries);
        }
        List<Entry> entries = new ArrayList<>();
        for (BulletParser.Node n : roots) {
            String head = TRAILING_COLON.matcher(EntryBuilder.unbold(n.text)).replaceAll("").strip();
            if (!n.children.isEmpty() && YEAR_ONLY.matcher(head).matches()) {
                for (BulletParser.Node c : n.children) {
                    Matcher venue = VENUE_AND_TITLE.matcher(c.text);
                    String name = venue.matches() ? venue.group(2) : c.text;
                    String location = venue.matches() ? venue.group(1) : null;
                    entries.add(new Entry.Normal(EntryBuilder.clean(name), new EntryDetails(year(head), EntryBuilder.clean(location), null,
                            EntryBuilder.highlights(c.children), Map.of())));
                }
            } else {
                entries.add(new Entry.Normal(EntryBuilder.clean(head), new EntryDetails(EntryDate.NONE, null, null,
                        EntryBuilder.highlights(n.children), Map.of())));
            }
        }
        return new Section(title, EntryType.NORMAL, entries);
    }

    /** The items as numbered entries when they are numbered 1, 2, … in order, or …, 2, 1; else null. */
    private static Section numbered(String title, List<BulletParser.Node> roots) {
        List<Integer> numbers = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (BulletParser.Node n : roots) {
            Matcher m = NUMBERED.matcher(n.text);
            if (!m.matches()) {
                return null;
            }
            numbers.add(Integer.parseInt(m.group(1)));
            texts.add(EntryBuilder.clean(m.group(2)));
        }
        boolean ascending = true;
        boolean descending = true;
        for (int i = 0; i < numbers.size(); i++) {
            ascending &= numbers.get(i) == i + 1;
            descending &= numbers.get(i) == numbers.size() - i;
        }
        if (texts.isEmpty() || !ascending && !descending) {
            return null;
        }
        List<Entry> entries = new ArrayList<>();
        for (String text : texts) {
            entries.add(ascending ? new Entry.Numbered(text) : new Entry.ReversedNumbered(text));
        }
        return new Section(title, ascending ? EntryType.NUMBERED : EntryType.REVERSED_NUMBERED, entries);
    }

    private static EntryDate year(String text) {
        return new EntryDate.On(new PartialDate(Integer.parseInt(text), 0, 0));
    }
}
