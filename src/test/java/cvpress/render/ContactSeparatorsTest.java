package cvpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cvpress.model.CvDocument;
import cvpress.model.CvLoader;
import cvpress.model.LoadResult;
import cvpress.style.StyleCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In the left-aligned headers a contact line that wraps neither ends nor starts a line with a separator: the
 * separators stand only between contacts on the same line.
 */
class ContactSeparatorsTest {

    private static final String CV = """
            cv:
              name: Ada Lovelace-Byron
              location: London, United Kingdom
              email: ada.lovelace@analytical-engines.example.org
              phone: "+44 20 7946 0958"
              website: https://ada-lovelace.example.org/research
              social_networks:
                - network: GitHub
                  username: ada-lovelace-byron
                - network: LinkedIn
                  username: ada-lovelace-byron
                - network: ORCID
                  username: 0000-0002-1825-0097
              sections:
                Experience:
                  - company: Analytical Engines Ltd
                    position: Research Engineer
                    start_date: 2020-01
                    end_date: present
            """;

    @ParameterizedTest
    @ValueSource(strings = {"industry", "one-page"})
    void aWrappedContactLineHasSeparatorsOnlyBetweenContacts(String styleName) throws Exception {
        LoadResult loaded = new CvLoader(LocalDate.of(2026, 1, 15))
                .load("ada.yaml", CV.getBytes(StandardCharsets.UTF_8), Path.of("."));
        CvDocument doc = loaded.document();
        byte[] pdf = new Renderer().pdf(doc, new StyleCatalog(Path.of(".")).resolve(styleName));
        List<String> lines = Arrays.stream(PdfFacts.text(pdf).split("\n")).map(String::strip).toList();
        int first = lines.indexOf("Ada Lovelace-Byron") + 1;
        int last = first;
        while (!lines.get(last + 1).equals("Experience")) {
            last++;
        }
        List<String> contactLines = lines.subList(first, last + 1);
        assertTrue(contactLines.size() >= 2, "the contacts should wrap: " + contactLines);
        int separators = 0;
        for (String line : contactLines) {
            assertTrue(!line.startsWith("|") && !line.endsWith("|"), styleName + ": '" + line + "'");
            separators += line.length() - line.replace("|", "").length();
        }
        assertEquals(7 - contactLines.size(), separators, styleName + ": " + contactLines);
    }
}
