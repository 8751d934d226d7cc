package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebrisFilterTest {

    private static List<String> filter(String... texts) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new Line(i + 1, 0, texts[i], false));
        }
        List<String> out = new ArrayList<>();
        for (Line l : new DebrisFilter().filter(lines)) {
            out.add(l.text());
        }
        return out;
    }

    @Test
    void dropsPageNumbersRulesTitlesAndRepeatedHeaders() {
        assertEquals(List.of("Ada Lovelace", "ada@example.org", "", "EDUCATION", "", "", "", "", "", "Cambridge", "", ""),
                filter("Ada Lovelace", "ada@example.org", "CURRICULUM VITAE", "EDUCATION", "---", "Page 1 of 2", "3",
                        "- 2 -", "Ada Lovelace", "Cambridge", "Ada Lovelace — Curriculum Vitae", "Lovelace CV, page 2"));
    }

    @Test
    void keepsYearsAndOrdinaryLines() {
        assertEquals(List.of("Ada Lovelace", "2019", "**2018**", "Page layout for print"),
                filter("Ada Lovelace", "2019", "**2018**", "Page layout for print"));
    }
}
