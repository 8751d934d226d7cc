package cvpress.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static cvpress.model.Loading.expectOnly;
import static cvpress.model.Loading.load;
import static cvpress.model.Loading.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** YAML details seen through a whole CV: strings stay strings, aliases expand, highlights nest. */
class ScalarsAndAliasesTest {

    @Test
    void norwayOnAndLeadingZerosStayStrings() {
        CvDocument doc = ok("""
                cv:
                  name: NO
                  headline: on
                  location: 012
                  sections:
                    Codes:
                      - label: yes
                        details: 1e3
                      - label: 0x1F
                        details: 2018-09
                """);
        assertEquals("NO", doc.cv().name());
        assertEquals("on", doc.cv().headline());
        assertEquals("012", doc.cv().location());
        assertEquals(List.of(new Entry.OneLine("yes", "1e3"), new Entry.OneLine("0x1F", "2018-09")),
                doc.cv().sections().get(0).entries());
    }

    @Test
    void aliasesExpandToWhatTheAnchorHolds() {
        CvDocument doc = ok("""
                cv:
                  name: &me Ada Lovelace
                  sections:
                    Papers:
                      - title: A
                        authors: &authors [*me, Charles Babbage]
                      - title: B
                        authors: *authors
                    Jobs:
                      - &job
                        company: Analytical Engines
                        position: Programmer
                        start_date: 1842
                      - <<: *job
                        position: Translator
                """);
        List<Section> sections = doc.cv().sections();
        assertEquals(List.of("Ada Lovelace", "Charles Babbage"), ((Entry.Publication) sections.get(0).entries().get(1))
                .authors());
        Entry.Experience second = (Entry.Experience) sections.get(1).entries().get(1);
        assertEquals("Analytical Engines", second.company());
        assertEquals("Translator", second.position());
        assertEquals(new EntryDate.Span(new PartialDate(1842, 0, 0), null), second.details().date());
    }

    @Test
    void aliasBombInACvIsOneLocatedError() {
        StringBuilder yaml = new StringBuilder("cv:\n  name: Ada\nx0: &x0 [a, a, a, a, a, a, a, a, a, a]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("x").append(i).append(": &x").append(i).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(10, "*x" + (i - 1))));
            yaml.append("]\n");
        }
        LoadResult r = load(yaml.toString());
        expectOnly(r, "cv.yaml:7:45: error: ", "aliases expand to more than 100000 nodes (an alias bomb?)");
    }

    @Test
    void highlightsNestInPlainAndBlockScalars() {
        CvDocument doc = ok("""
                cv:
                  name: Ada
                  sections:
                    Projects:
                      - name: Engine
                        highlights:
                          - Plain parent
                            - child one
                              continues here
                            - child two
                          - |
                            Block parent
                            - block child
                          - |
                            Two lines
                            without bullets
                          - "Quoted - not split
                            - at all"
                          - A hyphen-ated - inline dash
                """);
        Entry.Normal project = (Entry.Normal) doc.cv().sections().get(0).entries().get(0);
        assertEquals(List.of(
                new Highlight("Plain parent", List.of("child one continues here", "child two")),
                new Highlight("Block parent", List.of("block child")),
                new Highlight("Two lines\nwithout bullets", List.of()),
                new Highlight("Quoted - not split - at all", List.of()),
                new Highlight("A hyphen-ated - inline dash", List.of())), project.details().highlights());
    }

    @Test
    void aProblemInANodeReachedTwiceThroughAnAliasIsReportedOnce() {
        LoadResult r = load("""
                cv:
                  name: Ada
                  sections:
                    Jobs:
                      - &job
                        company: Inria
                        position: R
                        start_date: 2020-13
                      - *job
                """);
        expectOnly(r, "cv.yaml:8:21: error: cv.sections.Jobs[0].start_date: ", "there is no month 13");
    }
}
