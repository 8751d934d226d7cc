package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cvpress.model.CustomConnection;
import cvpress.model.Cv;
import cvpress.model.CvLoader;
import cvpress.model.Diagnostic;
import cvpress.model.Entry;
import cvpress.model.EntryDate;
import cvpress.model.EntryDetails;
import cvpress.model.EntryType;
import cvpress.model.Highlight;
import cvpress.model.LoadResult;
import cvpress.model.PartialDate;
import cvpress.model.Section;
import cvpress.model.SocialNetwork;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CvYamlWriterTest {

    static final List<String> AWKWARD = List.of("NO", "no", "Yes", "on", "OFF", "~", "null", "012", "0x1F", "1e3",
            "3.14", "2023", "2023-05", "- x", "a: b", "key:", "x #not a comment", "#tag", "*alias", "&anchor",
            "[link](https://x.org)", "{braces}", "'quoted'", "\"double\"", "%percent", "@at", "`tick`", "| pipe",
            "> fold", "!tag", "?q", ",comma", "**Bold Name**", "O'Brien", "C++ & C#", "ends with colon:",
            "tab\there", "100%", "ünïcödé – dash", "-5 degrees", ".inf");

    private static LoadResult load(String yaml) {
        return new CvLoader(LocalDate.of(2026, 1, 1)).load("t.yaml", yaml.getBytes(StandardCharsets.UTF_8), Path.of("."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO", "012", "on", "- x", "a: b", "x #y", "*alias", "[x](y)", "", "true", "2023-05"})
    void quotesWhatYamlWouldReadOtherwise(String value) {
        String q = CvYamlWriter.quote(value);
        assertTrue(q.startsWith("'") || q.startsWith("\""), value + " -> " + q);
    }

    @Test
    void plainWhereSafe() {
        assertEquals("Peking University", CvYamlWriter.quote("Peking University"));
        assertEquals("C++ & C#", CvYamlWriter.quote("C++ & C#"));
        assertEquals("'O''Brien: x'", CvYamlWriter.quote("O'Brien: x"));
    }

    @Test
    void everyAwkwardStringComesBackTheSame() {
        List<Entry> entries = new ArrayList<>();
        for (String s : AWKWARD) {
            entries.add(new Entry.Normal(s, new EntryDetails(new EntryDate.Text(s), s, s,
                    List.of(new Highlight(s, List.of()), new Highlight("parent " + s, List.of(s, "child"))), Map.of())));
        }
        List<Entry> pubs = List.of(new Entry.Publication("A: title", List.of("**Me Myself***", "You*", "NO"), null,
                null, "In: *Venue*", new EntryDate.On(new PartialDate(2019, 0, 0)), "Spotlight", Map.of()));
        Cv cv = new Cv("Jane O'Doe", "on", "Paris, France", List.of("a@b.org", "c@d.org"), List.of("+33 1 23 45 67 89"),
                List.of("https://x.org"), null, List.of(new SocialNetwork("GitHub", "NO")),
                List.of(new CustomConnection("Lab: page #1", "https://lab.example.org/?a=b&c=NO")),
                List.of(new Section("- weird: title #1", EntryType.NORMAL, entries),
                        new Section("Publications", EntryType.PUBLICATION, pubs)));
        String yaml = CvYamlWriter.write(cv, "x.txt", "1.0");
        LoadResult loaded = load(yaml);
        assertEquals(List.of(), loaded.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList(),
                yaml);
        Cv back = loaded.document().cv();
        assertEquals(cv.sections().get(1), back.sections().get(1));
        for (int i = 0; i < entries.size(); i++) {
            Entry.Normal want = (Entry.Normal) entries.get(i);
            Entry.Normal got = (Entry.Normal) back.sections().get(0).entries().get(i);
            assertEquals(want.name().strip(), got.name().strip(), yaml);
            assertEquals(want.details().highlights(), got.details().highlights(), "highlights of " + want.name());
        }
        assertEquals(cv.name(), back.name());
        assertEquals(cv.headline(), back.headline());
        assertEquals(cv.socialNetworks(), back.socialNetworks());
        assertEquals(cv.customConnections(), back.customConnections());
    }

    @Test
    void firstLineNamesSourceAndVersion() {
        Cv cv = new Cv("A B", null, null, List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of());
        assertTrue(CvYamlWriter.write(cv, "in.txt", "0.1.0").startsWith("# imported from in.txt by cvpress 0.1.0\ncv:\n"));
    }
}
