package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BulletParserTest {

    private final BulletParser parser = new BulletParser();
    private final LineCleaner cleaner = new LineCleaner();

    private BulletParser.Bullet parse(String raw) {
        int indent = raw.length() - raw.stripLeading().length();
        return parser.parse(new Line(1, indent, cleaner.clean(raw), false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "- Item text | Item text",
        "* Item text | Item text",
        "• Item text | Item text",
        "▷ INFOCOM Student Conference Grant *2022* | INFOCOM Student Conference Grant *2022*",
        "o Advisor: Kun Yuan | Advisor: Kun Yuan",
        "- o Project 2: Analysis | Project 2: Analysis",
        "- \\circ Project 1: Analysis | Project 1: Analysis",
        "    - \\* Push-Pull Algorithm | Push-Pull Algorithm",
        " - * Currently finalizing | Currently finalizing",
        " - st Conducted numerical experiments | Conducted numerical experiments",
        "- . Machine Learning | Machine Learning",
        "1. First item | First item",
        "(2) Second item | Second item",
        "$\\bullet$ Item | Item",
        "- **Strong skills** (designed) | **Strong skills** (designed)"
    })
    void readsEveryBulletShape(String raw, String text) {
        assertEquals(text, parse(raw).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"**Bold heading**", "opportunities abound", "*2025*", "2019-2020 Something"})
    void leavesOtherLinesAlone(String raw) {
        assertNull(parse(raw));
    }

    @Test
    void nestsByIndentationAndByTheGlyphADeeperLevelUsed() {
        String[] lines = {
            "- o Advisor: Kun Yuan",
            "  - Project 1: Push-Pull",
            "    - \\* Paper one",
            "  - o Project 2: Row-stochastic",
            "    - \\* Paper two",
            "- \\* Accepted to ICML, Spotlight",
            "- \\* Introduced metrics"
        };
        BulletParser.TreeBuilder tree = new BulletParser.TreeBuilder();
        int n = 1;
        for (String l : lines) {
            tree.add(parse(l), n++, false);
        }
        List<BulletParser.Node> roots = tree.roots();
        assertEquals(1, roots.size());
        BulletParser.Node project2 = roots.get(0).children.get(1);
        assertEquals(List.of("Paper two", "Accepted to ICML, Spotlight", "Introduced metrics"), texts(project2.children));
    }

    @Test
    void liftsALevelWhenDeeperThanTheRecordAllows() {
        BulletParser.TreeBuilder tree = new BulletParser.TreeBuilder();
        tree.add(parse("- Advisor"), 1, false);
        tree.add(parse("  - Project 1"), 2, false);
        tree.add(parse("    - Detail"), 3, false);
        List<BulletParser.Node> fitted = BulletParser.fitTwoLevels(tree.roots());
        assertEquals(List.of("Advisor", "Project 1"), texts(fitted));
        assertEquals(List.of("Detail"), texts(fitted.get(1).children));
    }

    @Test
    void aSentenceAfterABlankLineJoinsTheGroupAboveIt() {
        BulletParser.TreeBuilder tree = new BulletParser.TreeBuilder();
        tree.add(parse("- **Group heading**"), 1, false);
        tree.add(parse(" - First detail."), 2, false);
        tree.add(parse("- Second detail lost its indentation."), 4, true);
        tree.add(parse("- **Next group**"), 5, false);
        List<BulletParser.Node> fitted = BulletParser.fitTwoLevels(tree.roots());
        assertEquals(List.of("**Group heading**", "**Next group**"), texts(fitted));
        assertEquals(2, fitted.get(0).children.size());
    }

    private static List<String> texts(List<BulletParser.Node> nodes) {
        List<String> out = new ArrayList<>();
        for (BulletParser.Node n : nodes) {
            out.add(LineCleaner.finish(n.text));
        }
        return out;
    }
}
