package cvpress.render;

import cvpress.model.Cv;
import cvpress.model.CvDocument;
import cvpress.model.Entry;
import cvpress.model.EntryDate;
import cvpress.model.EntryDetails;
import cvpress.model.Highlight;
import cvpress.model.PartialDate;
import cvpress.model.Section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One degree of condensing a CV: keep at most {@code entryCaps.get(title)} entries of a section (the newest),
 * at most {@code highlightCap} highlights of each entry, and leave out the
 * sections titled in {@code dropped}. Whole entries, highlights and sections go; nothing is cut in the middle.
 *
 * @param entryCaps    section title to the number of entries kept; sections not named keep all
 * @param highlightCap null for no cap
 */
record Condensing(Map<String, Integer> entryCaps, Integer highlightCap, Set<String> dropped) {

    private static final PartialDate PRESENT = new PartialDate(9999, 12, 31);

    Condensing {
        entryCaps = Map.copyOf(entryCaps);
        dropped = Set.copyOf(dropped);
    }

    /** The CV with this condensing applied, and what it left out. */
    Condensed apply(CvDocument doc) {
        List<String> leftOut = new ArrayList<>();
        List<String> droppedTitles = new ArrayList<>();
        int highlightsLeftOut = 0;
        List<Section> sections = new ArrayList<>();
        for (Section section : doc.cv().sections()) {
            if (dropped.contains(section.title())) {
                droppedTitles.add(section.title());
                continue;
            }
            List<Entry> entries = section.entries();
            Integer entryCap = entryCaps.get(section.title());
            if (entryCap != null && entries.size() > entryCap) {
                leftOut.add((entries.size() - entryCap) + " of " + entries.size() + " " + section.title());
                entries = newest(entries, entryCap);
            }
            List<Entry> kept = new ArrayList<>();
            for (Entry entry : entries) {
                EntryDetails details = details(entry);
                if (highlightCap != null && details != null && details.highlights().size() > highlightCap) {
                    highlightsLeftOut += details.highlights().size() - highlightCap;
                    List<Highlight> fewer = details.highlights().subList(0, highlightCap);
                    entry = withDetails(entry, new EntryDetails(details.date(), details.location(),
                            details.summary(), fewer, details.extra()));
                }
                kept.add(entry);
            }
            sections.add(new Section(section.title(), section.type(), kept));
        }
        if (highlightsLeftOut > 0) {
            leftOut.add(highlightsLeftOut + " highlight" + (highlightsLeftOut == 1 ? "" : "s") + " (at most "
                    + highlightCap + " an entry)");
        }
        if (!droppedTitles.isEmpty()) {
            leftOut.add(droppedTitles.size() + " section" + (droppedTitles.size() == 1 ? "" : "s") + ": "
                    + String.join(", ", droppedTitles));
        }
        Cv cv = doc.cv();
        Cv shorter = new Cv(cv.name(), cv.headline(), cv.location(), cv.emails(), cv.phones(), cv.websites(),
                cv.photo(), cv.socialNetworks(), cv.customConnections(), sections);
        return new Condensed(new CvDocument(doc.source(), shorter, doc.design(), doc.locale(), doc.settings()),
                List.copyOf(leftOut));
    }

    /** A condensed CV and the one-line descriptions of what was left out ("7 of 12 Publications"). */
    record Condensed(CvDocument doc, List<String> leftOut) {
    }

    /**
     * The {@code count} newest entries in their written order: by date when every entry has one (a span by its
     * end, "present" newest), else the first ones, as CVs list the newest first.
     */
    static List<Entry> newest(List<Entry> entries, int count) {
        List<PartialDate> dates = new ArrayList<>();
        for (Entry entry : entries) {
            PartialDate date = latest(entry);
            if (date == null) {
                return entries.subList(0, count);
            }
            dates.add(date);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            order.add(i);
        }
        Comparator<PartialDate> byDate = Comparator.comparingInt(PartialDate::year)
                .thenComparingInt(PartialDate::month).thenComparingInt(PartialDate::day);
        order.sort(Comparator.comparing((Integer i) -> dates.get(i), byDate.reversed()));
        List<Integer> kept = new ArrayList<>(order.subList(0, count));
        kept.sort(Comparator.naturalOrder());
        return kept.stream().map(entries::get).toList();
    }

    private static PartialDate latest(Entry entry) {
        EntryDate date = entry instanceof Entry.Publication p ? p.date()
                : details(entry) == null ? null : details(entry).date();
        if (date instanceof EntryDate.On on) {
            return on.date();
        }
        if (date instanceof EntryDate.Span span) {
            return span.ongoing() ? PRESENT : span.end();
        }
        return null;
    }

    private static EntryDetails details(Entry entry) {
        if (entry instanceof Entry.Normal n) {
            return n.details();
        }
        if (entry instanceof Entry.Experience e) {
            return e.details();
        }
        if (entry instanceof Entry.Education e) {
            return e.details();
        }
        return null;
    }

    private static Entry withDetails(Entry entry, EntryDetails details) {
        if (entry instanceof Entry.Normal n) {
            return new Entry.Normal(n.name(), details);
        }
        if (entry instanceof Entry.Experience e) {
            return new Entry.Experience(e.company(), e.position(), details);
        }
        if (entry instanceof Entry.Education e) {
            return new Entry.Education(e.institution(), e.area(), e.degree(), details);
        }
        return entry;
    }
}
