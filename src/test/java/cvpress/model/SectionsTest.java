package cvpress.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cvpress.model.Loading.expect;
import static cvpress.model.Loading.expectOnly;
import static cvpress.model.Loading.load;
import static cvpress.model.Loading.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Sections: entry type inference, required keys, extra keys, dates, highlights and titles. */
class SectionsTest {

    private static String cv(String sections) {
        return "cv:\n  name: Ada\n  sections:\n" + sections.stripTrailing().indent(4);
    }

    private static List<Section> sections(String sections) {
        return ok(cv(sections)).cv().sections();
    }

    @Test
    void everyEntryTypeIsInferredFromItsKeys() {
        List<Section> s = sections("""
                text:
                  - A paragraph.
                bullets:
                  - bullet: One
                one_line:
                  - label: Languages
                    details: Java
                numbered:
                  - number: First
                reversed:
                  - reversed_number: Last
                normal:
                  - name: Project
                experience:
                  - company: Inria
                    position: Researcher
                education:
                  - institution: Cambridge
                    area: Maths
                publications:
                  - title: On engines
                    authors: [Ada Lovelace]
                """);
        assertEquals(List.of(EntryType.TEXT, EntryType.BULLET, EntryType.ONE_LINE, EntryType.NUMBERED,
                        EntryType.REVERSED_NUMBERED, EntryType.NORMAL, EntryType.EXPERIENCE, EntryType.EDUCATION,
                        EntryType.PUBLICATION),
                s.stream().map(Section::type).toList());
        for (Section section : s) {
            assertEquals(section.type(), section.entries().get(0).type());
        }
        assertEquals(new Entry.OneLine("Languages", "Java"), s.get(2).entries().get(0));
        Entry.Education edu = assertInstanceOf(Entry.Education.class, s.get(7).entries().get(0));
        assertEquals(null, edu.degree());
    }

    @Test
    void sectionTitlesInSnakeCaseBecomeTitleCase() {
        List<Section> s = sections("""
                selected_honors:
                  - bullet: x
                education:
                  - bullet: x
                Work in Progress:
                  - bullet: x
                camelCase_key:
                  - bullet: x
                """);
        assertEquals(List.of("Selected Honors", "Education", "Work in Progress", "camelCase_key"),
                s.stream().map(Section::title).toList());
    }

    @Test
    void missingRequiredKeyNamesIt() {
        LoadResult r = load(cv("""
                Jobs:
                  - company: Inria
                    start_date: 2020
                Papers:
                  - title: On engines
                Skills:
                  - details: Java
                """));
        expect(r, "cv.yaml:5:9: error: cv.sections.Jobs[0]: ", "experience entry needs position");
        expect(r, "cv.yaml:8:9: error: cv.sections.Papers[0]: ", "publication entry needs authors");
        expect(r, "cv.yaml:10:9: error: cv.sections.Skills[0]: ", "one-line entry needs label");
        assertEquals(3, r.errors().size(), () -> Loading.formatted(r));
    }

    @Test
    void entryMatchingNoTypeSaysWhatItHasAndWhatIsNeeded() {
        LoadResult r = load(cv("""
                Misc:
                  - what: x
                    when: 2020
                """));
        expectOnly(r, "cv.yaml:5:9: error: cv.sections.Misc[0]: ",
                "this entry matches no entry type: it has the keys what, when; an entry needs name, company and "
                        + "position, institution and area, title and authors, label and details, bullet, number or "
                        + "reversed_number, or is a plain string");
    }

    @Test
    void twoTypesInOneSectionSayWhichIndexIsWhich() {
        LoadResult r = load(cv("""
                Experience:
                  - company: Inria
                    position: Researcher
                  - company: CNRS
                    position: Engineer
                  - name: Side project
                """));
        expectOnly(r, "cv.yaml:9:9: error: cv.sections.Experience[2]: ",
                "entries of two types in one section: [0] is an experience entry, [2] is a normal entry; "
                        + "a section holds one type");
    }

    @Test
    void sectionEntriesMustBeAListAndEntriesMustBeStringsOrMappings() {
        LoadResult r = load(cv("""
                One:
                  bullet: x
                Two:
                  - [a, b]
                  -
                """));
        expect(r, "cv.yaml:5:7: error: cv.sections.One: ", "expected a list of entries, found a mapping");
        expect(r, "cv.yaml:7:9: error: cv.sections.Two[0]: ", "an entry is a string or a mapping of keys, found a list");
        expect(r, "cv.yaml:8:8: error: cv.sections.Two[1]: ", "empty entry");
        assertEquals(3, r.errors().size(), () -> Loading.formatted(r));
    }

    @Test
    void emptySectionIsLeftOutWithAWarning() {
        LoadResult r = load(cv("""
                Empty:
                Full:
                  - bullet: x
                """));
        expectOnly(r, "cv.yaml:4:5: warning: cv.sections.Empty: ", "section has no entries");
        assertEquals(List.of("Full"), r.document().cv().sections().stream().map(Section::title).toList());
    }

    @Test
    void extraKeysAreKeptButNearMissesOfKnownKeysAreErrors() {
        LoadResult r = load(cv("""
                Jobs:
                  - company: Inria
                    position: Researcher
                    hightlights:
                      - x
                    team: Graphics
                    tools: [Java, C]
                    locaton: Paris
                    name: Ignored as extra
                Papers:
                  - title: On engines
                    authors: [Ada]
                    jurnal: Nature
                    volume: "12"
                """));
        expect(r, "cv.yaml:7:9: error: cv.sections.Jobs[0].hightlights: ",
                "unknown key 'hightlights' in an experience entry; did you mean 'highlights'?");
        expect(r, "cv.yaml:11:9: error: cv.sections.Jobs[0].locaton: ", "did you mean 'location'?");
        expect(r, "cv.yaml:16:9: error: cv.sections.Papers[0].jurnal: ", "did you mean 'journal'?");
        assertEquals(3, r.errors().size(), () -> Loading.formatted(r));

        List<Section> s = sections("""
                Jobs:
                  - company: Inria
                    position: Researcher
                    team: Graphics
                    tools: [Java, C]
                Papers:
                  - title: On engines
                    authors: [Ada]
                    volume: "12"
                """);
        Entry.Experience job = (Entry.Experience) s.get(0).entries().get(0);
        assertEquals(Map.of("team", "Graphics", "tools", List.of("Java", "C")), job.details().extra());
        Entry.Publication paper = (Entry.Publication) s.get(1).entries().get(0);
        assertEquals(Map.of("volume", "12"), paper.extra());
    }

    @Test
    void extraKeyHoldingAMappingIsAnError() {
        LoadResult r = load(cv("""
                Projects:
                  - name: X
                    meta:
                      a: b
                """));
        expectOnly(r, "cv.yaml:7:11: error: cv.sections.Projects[0].meta: ", "a string or a list of strings");
    }

    @Test
    void misspeltTypeKeyGetsADidYouMeanAtTheKey() {
        LoadResult r = load(cv("""
                Honors:
                  - bulet: Prize
                """));
        expectOnly(r, "cv.yaml:5:9: error: cv.sections.Honors[0].bulet: ",
                "unknown key 'bulet'; did you mean 'bullet'? (the entry's type depends on it)");
    }

    @Test
    void publicationDoiAndUrlAreChecked() {
        LoadResult r = load(cv("""
                Papers:
                  - title: A
                    authors: [Ada]
                    doi: https://doi.org/10.1234/abc
                    url: www.example.org/paper
                  - title: B
                    authors: []
                    doi: 11.1234/abc
                """));
        expect(r, "cv.yaml:7:14: error: cv.sections.Papers[0].doi: ", "write the DOI alone, such as 10.1234/abc.567");
        expect(r, "cv.yaml:8:14: error: cv.sections.Papers[0].url: ", "needs to start with https:// or http://");
        expect(r, "cv.yaml:10:18: error: cv.sections.Papers[1].authors: ", "a publication needs at least one author");
        expect(r, "cv.yaml:11:14: error: cv.sections.Papers[1].doi: ", "is not a DOI (expected 10.NNNN/...");
        assertEquals(4, r.errors().size(), () -> Loading.formatted(r));
    }

    @Test
    void extraKeysOnEntriesWithoutDetailsAreIgnoredWithAWarning() {
        LoadResult r = load(cv("""
                Honors:
                  - bullet: Prize
                    year: 2020
                """));
        expectOnly(r, "cv.yaml:6:9: warning: cv.sections.Honors[0].year: ", "key 'year' is ignored in a bullet entry");
    }

    @Test
    void sectionsMustBeAMapping() {
        LoadResult r = load("cv:\n  name: Ada\n  sections:\n    - bullet: x\n");
        expectOnly(r, "cv.yaml:4:5: error: cv.sections: ", "expected a mapping of section titles to lists of entries, "
                + "found a list");
    }

    @Test
    void duplicateSectionIsAnErrorThatStopsTheDocument() {
        LoadResult r = load(cv("""
                Talks:
                  - bullet: x
                Talks:
                  - bullet: y
                """));
        expectOnly(r, "cv.yaml:6:5: error: cv.sections.Talks: ", "duplicate key 'Talks' (first written at line 4)");
        assertEquals(null, r.document());
    }
}
