package cvpress.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlReaderTest {

    private final YamlReader reader = new YamlReader();

    private YamlNode.Mapping read(String yaml) {
        YamlReader.Result result = reader.read("t.yaml", yaml);
        assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
        return assertInstanceOf(YamlNode.Mapping.class, result.root());
    }

    private static String text(YamlNode node) {
        return assertInstanceOf(YamlNode.Scalar.class, node).text();
    }

    private Diagnostic onlyProblem(String yaml) {
        YamlReader.Result result = reader.read("t.yaml", yaml);
        assertNull(result.root());
        assertEquals(1, result.diagnostics().size(), () -> result.diagnostics().toString());
        return result.diagnostics().get(0);
    }

    @Test
    void scalarsStayTheTextTheyAre() {
        YamlNode.Mapping m = read("""
                a: NO
                b: on
                c: 012
                d: 1e3
                e: 2018-09
                f: 0x1F
                g: yes
                h: 2018
                i: 1_000
                j: .inf
                k: 2018-09-01
                """);
        assertEquals(List.of("NO", "on", "012", "1e3", "2018-09", "0x1F", "yes", "2018", "1_000", ".inf",
                        "2018-09-01"),
                m.pairs().stream().map(p -> text(p.value())).toList());
    }

    @Test
    void plainEmptyTildeAndNullAreAbsentButQuotedOnesAreStrings() {
        YamlNode.Mapping m = read("""
                a:
                b: ~
                c: null
                d: ''
                e: 'null'
                f: "~"
                g: !!str
                """);
        assertNull(text(m.get("a")));
        assertNull(text(m.get("b")));
        assertNull(text(m.get("c")));
        assertEquals("", text(m.get("d")));
        assertEquals("null", text(m.get("e")));
        assertEquals("~", text(m.get("f")));
        assertEquals("", text(m.get("g")));
    }

    @Test
    void everyNodeKnowsItsLineAndColumn() {
        YamlNode.Mapping m = read("""
                cv:
                  name: Ada
                  list:
                    - one
                    - two
                """);
        YamlNode.Mapping cv = (YamlNode.Mapping) m.get("cv");
        assertEquals(new Location("t.yaml", 2, 9), cv.get("name").location());
        assertEquals(new Location("t.yaml", 2, 3), cv.pairs().get(0).key().location());
        YamlNode.Sequence list = (YamlNode.Sequence) cv.get("list");
        assertEquals(new Location("t.yaml", 5, 7), list.items().get(1).location());
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondNamingTheFirstAndTheFirstIsKept() {
        YamlReader.Result result = reader.read("t.yaml", """
                a: 1
                b: 2
                a: [3]
                """);
        assertEquals(1, result.diagnostics().size());
        assertEquals("t.yaml:3:1: error: a: duplicate key 'a' (first written at line 1)",
                result.diagnostics().get(0).format());
        assertEquals("1", text(((YamlNode.Mapping) result.root()).get("a")));
    }

    @Test
    void aliasesAreExpandedToTheAnchoredNode() {
        YamlNode.Mapping m = read("""
                base: &b
                  city: Paris
                  list: &l [x, y]
                name: &n Ada Lovelace
                again: *n
                copy: *b
                items: *l
                """);
        assertEquals("Ada Lovelace", text(m.get("again")));
        assertSame(m.get("base"), m.get("copy"));
        YamlNode.Sequence items = assertInstanceOf(YamlNode.Sequence.class, m.get("items"));
        assertEquals(List.of("x", "y"), items.items().stream().map(YamlReaderTest::text).toList());
    }

    @Test
    void mergeKeysCopyTheMissingKeysInPlace() {
        YamlNode.Mapping m = read("""
                defaults: &d
                  location: Paris
                  company: Inria
                job:
                  position: Researcher
                  <<: *d
                  company: CNRS
                """);
        YamlNode.Mapping job = (YamlNode.Mapping) m.get("job");
        assertEquals(List.of("position", "location", "company"), job.pairs().stream().map(YamlNode.Pair::name).toList());
        assertEquals("CNRS", text(job.get("company")));
        assertEquals("Paris", text(job.get("location")));
    }

    @Test
    void unknownAliasIsALocatedError() {
        Diagnostic d = onlyProblem("""
                a: 1
                b: *nowhere
                """);
        assertEquals("t.yaml:2:4", d.location().toString());
        assertEquals("b", d.path());
        assertTrue(d.message().contains("*nowhere"), d.message());
    }

    @Test
    void aliasBombStopsQuicklyWithALocatedError() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        Diagnostic d = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> onlyProblem(yaml.toString()));
        assertTrue(d.message().contains("alias bomb"), d.message());
        assertTrue(d.location().line() >= 2 && d.location().line() <= 10, d.format());
        assertTrue(d.location().column() > 1, d.format());
    }

    @Test
    void recursiveAliasIsRejectedAtItsLine() {
        Diagnostic d = onlyProblem("""
                a: &x
                  - 1
                  - *x
                """);
        assertEquals("t.yaml:3:5", d.location().toString());
        assertTrue(d.message().contains("contains it"), d.message());
    }

    @Test
    void tenThousandLevelsOfNestingGiveALocatedErrorNotAStackOverflow() {
        String flow = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        Diagnostic d = onlyProblem(flow);
        assertEquals("t.yaml:1:" + (4 + YamlReader.MAX_DEPTH - 1), d.location().toString());
        assertTrue(d.message().contains("deeper than 64"), d.message());
        assertEquals(("a" + "[0]".repeat(YamlReader.MAX_DEPTH - 1)).substring(0, 40) + "…", d.path(),
                "a deep path is cut short");

        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            block.append(" ".repeat(i)).append("k:\n");
        }
        Diagnostic blockProblem = onlyProblem(block.toString());
        assertEquals(YamlReader.MAX_DEPTH + 1, blockProblem.location().line());
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        String flow = "a: " + "[".repeat(YamlReader.MAX_DEPTH - 1) + "]".repeat(YamlReader.MAX_DEPTH - 1) + "\n";
        assertNotNull(read(flow).get("a"));
    }

    @Test
    void syntaxErrorsAreOneLineWithTheParsersPosition() {
        Diagnostic tab = onlyProblem("cv:\n\tname: x\n");
        assertEquals("t.yaml:2:1: error: YAML syntax: a tab cannot indent YAML; use spaces", tab.format());

        Diagnostic indent = onlyProblem("cv:\n  name: x\n   email: y\n");
        assertEquals("t.yaml:3:9", indent.location().toString());
        assertTrue(indent.message().startsWith("YAML syntax: unexpected ':'"), indent.message());

        Diagnostic quote = onlyProblem("cv:\n  name: \"Ada\n  email: y\n");
        assertEquals("t.yaml:2:9: error: YAML syntax: this quote is never closed", quote.format());
    }

    @Test
    void aSecondDocumentIsAnError() {
        Diagnostic d = onlyProblem("a: 1\n---\nb: 2\n");
        assertEquals("t.yaml:3:1", d.location().toString());
        assertTrue(d.message().contains("second"), d.message());
    }

    @Test
    void multiLineScalarsKeepTheirSourceLinesEvenAfterWideCharacters() {
        YamlNode.Mapping m = read("""
                emoji: "😀😀 🎓"
                h: first line
                  - child one
                  - child two
                """);
        YamlNode.Scalar h = (YamlNode.Scalar) m.get("h");
        assertEquals("first line - child one - child two", h.text());
        assertEquals("first line\n  - child one\n  - child two", h.source());
    }

    @Test
    void valueStartingWithAReservedCharacterAndComplexKeysGetPlainWords() {
        Diagnostic percent = onlyProblem("a: 1\nb: %x\n");
        assertEquals("t.yaml:2:4: error: YAML syntax: a value cannot start with '%'; put the value in quotes",
                percent.format());
        Diagnostic complex = onlyProblem("? [a, b]\n: 1\n");
        assertEquals("t.yaml:1:3: error: YAML syntax: a mapping key must be a plain string, not a list or mapping",
                complex.format());
    }
}
