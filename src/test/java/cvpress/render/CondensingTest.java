package cvpress.render;

import cvpress.model.Entry;
import cvpress.model.EntryDate;
import cvpress.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which entries condensing keeps: the newest by date, in their written order; else the first ones. */
class CondensingTest {

    private static Entry.Publication paper(String title, EntryDate date) {
        return new Entry.Publication(title, List.of("A"), null, null, null, date, null, Map.of());
    }

    private static EntryDate year(int y) {
        return new EntryDate.On(new PartialDate(y, 0, 0));
    }

    @Test
    void theNewestEntriesStayInTheOrderWritten() {
        List<Entry> written = List.of(paper("2019", year(2019)), paper("2023", year(2023)), paper("2015", year(2015)),
                paper("ongoing", new EntryDate.Span(new PartialDate(2010, 1, 0), null)), paper("2021", year(2021)));
        assertEquals(List.of(written.get(1), written.get(3), written.get(4)), Condensing.newest(written, 3));
    }

    @Test
    void withoutADateOnEveryEntryTheFirstOnesStay() {
        List<Entry> written = List.of(paper("a", year(2001)), paper("b", new EntryDate.Text("Fall 2023")),
                paper("c", year(2024)));
        assertEquals(written.subList(0, 2), Condensing.newest(written, 2));
    }
}
