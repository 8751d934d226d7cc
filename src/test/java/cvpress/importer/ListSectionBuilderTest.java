package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cvpress.model.Entry;
import cvpress.model.EntryType;
import cvpress.model.Section;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListSectionBuilderTest {

    private static List<BulletParser.Node> items(String... texts) {
        List<BulletParser.Node> nodes = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            nodes.add(new BulletParser.Node(i + 1, texts[i], false, true));
        }
        return nodes;
    }

    @Test
    void itemsNumberedUpwardAreNumberedEntries() {
        Section s = new ListSectionBuilder(true).build("Patents",
                items("1. Adaptive quantization", "2. Sparse attention"));
        assertEquals(EntryType.NUMBERED, s.type());
        assertEquals(List.of(new Entry.Numbered("Adaptive quantization"), new Entry.Numbered("Sparse attention")),
                s.entries());
    }

    @Test
    void itemsNumberedDownToOneAreReversedNumberedEntries() {
        Section s = new ListSectionBuilder(true).build("Talks", items("3. Scaling (2024)", "2. Systems (2023)",
                "1. Efficiency (2022)"));
        assertEquals(EntryType.REVERSED_NUMBERED, s.type());
        assertEquals(new Entry.ReversedNumbered("Scaling (2024)"), s.entries().get(0));
    }

    @Test
    void numbersOutOfOrderStayInTheText() {
        Section s = new ListSectionBuilder(true).build("Notes", items("2. Second", "1. First", "3. Third"));
        assertEquals(EntryType.BULLET, s.type());
        assertEquals(new Entry.Bullet("2. Second"), s.entries().get(0));
    }

    @Test
    void aTrailingYearDatesAnItemOnlyInText() {
        List<BulletParser.Node> honours = items("Forbes 30 Under 30 (2024)", "Fulbright Scholarship (2018)");
        assertEquals(EntryType.NORMAL, new ListSectionBuilder(false).build("Honors", honours).type());
        assertEquals(EntryType.BULLET, new ListSectionBuilder(true).build("Honors", honours).type());
    }
}
