package cvpress.render;

import cvpress.model.Entry;
import cvpress.model.EntryType;
import cvpress.model.Section;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class ViewModelBuilderTest {

    private final ViewModelBuilder.Result result = build(TestCvs.everyEntryType());

    private static ViewModelBuilder.Result build(cvpress.model.CvDocument doc) {
        try {
            return new ViewModelBuilder().build(doc);
        } catch (RenderException e) {
            throw new IllegalStateException(e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> sections() {
        return (List<Map<String, Object>>) result.model().get("sections");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> firstEntry(int section) {
        return ((List<Map<String, Object>>) sections().get(section).get("entries")).get(0);
    }

    @Test
    void theModelHoldsOnlyMapsListsStringsAndBooleans() {
        check(result.model(), "model");
    }

    private static void check(Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> check(v, path + "." + k));
        } else if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object v : list) {
                check(v, path + "[" + i++ + "]");
            }
        } else if (!(value instanceof String) && !(value instanceof Boolean)) {
            fail(path + " is a " + (value == null ? "null" : value.getClass().getName()));
        }
    }

    @Test
    void eachSectionSaysItsTypeWithOneFlag() {
        Map<String, Object> education = sections().get(1);
        assertEquals("Education", education.get("title"));
        assertEquals("section-education", education.get("anchor"));
        assertEquals("education", education.get("type"));
        long flags = education.entrySet().stream()
                .filter(e -> e.getKey().startsWith("is_") && Boolean.TRUE.equals(e.getValue())).count();
        assertEquals(1, flags);
        assertEquals(true, education.get("is_education"));
        assertEquals(true, sections().get(6).get("is_one_line"));
    }

    @Test
    void everyKeyOfAnEntryTypeIsPresentSoThatTemplatesNeverReachOutward() {
        Map<String, Object> degree = firstEntry(1);
        for (String key : List.of("institution", "area", "degree", "date", "location", "summary", "highlights",
                "has_highlights", "extra", "first", "last")) {
            assertTrue(degree.containsKey(key), key);
        }
        assertEquals("", degree.get("summary"));
        Map<String, Object> paper = firstEntry(4);
        for (String key : List.of("title", "authors", "journal", "date", "summary", "doi", "url")) {
            assertTrue(paper.containsKey(key), key);
        }
    }

    @Test
    void textsAreSafeHtmlAndDatesAreWrittenForTheLocale() {
        Map<String, Object> degree = firstEntry(1);
        assertEquals("Sep 2018 – Jun 2023", degree.get("date"));
        assertEquals("Co-Founder &amp; CTO", firstEntry(2).get("position"));
        assertEquals("<span class=\"owner\">Ayşe Müller–Lüdenscheid</span>, Sarah Williams, David Park",
                firstEntry(4).get("authors"));
        assertEquals(Map.of("text", "10.1234/neurips.2023.1234", "href", "https://doi.org/10.1234/neurips.2023.1234"),
                firstEntry(4).get("doi"));
        @SuppressWarnings("unchecked")
        Map<String, Object> second = ((List<Map<String, Object>>) sections().get(0).get("entries")).get(1);
        assertEquals("A field with &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; and &lt;/div&gt; stays text.",
                second.get("text"));
        assertEquals("Last updated November 2026", result.model().get("last_updated"));
    }

    @Test
    void reversedNumbersCountDown() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> talks = (List<Map<String, Object>>) sections().get(8).get("entries");
        assertEquals(List.of("3", "2", "1"), talks.stream().map(t -> t.get("ordinal")).toList());
    }

    @Test
    void anchorsAreAsciiAndUnique() {
        List<Section> sections = new ArrayList<>();
        for (String title : List.of("Öffentliche Vorträge", "Öffentliche  Vorträge!", "İş", "***")) {
            sections.add(new Section(title, EntryType.BULLET, List.of(new Entry.Bullet("x"))));
        }
        ViewModelBuilder.Result r = build(TestCvs.document(TestCvs.cv("A", sections), cvpress.model.Design.DEFAULT));
        assertEquals(List.of("section-offentliche-vortrage", "section-offentliche-vortrage-2", "section-is",
                        "section-untitled"),
                r.metadata().sections().stream().map(PdfMetadata.Bookmark::anchor).toList());
    }
}
