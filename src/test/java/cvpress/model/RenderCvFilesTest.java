package cvpress.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RenderCV's own example files load unchanged, with the content they hold. */
class RenderCvFilesTest {

    private static final Path DIR = Path.of("src/test/resources/rendercv");

    private static LoadResult load(String name) {
        return new CvLoader(Loading.TODAY).load(DIR.resolve(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"John_Doe_ClassicTheme_CV.yaml", "John_Doe_ModerncvTheme_CV.yaml"})
    void loadsWithNoErrorsAndOnlyTheRenderCommandWarning(String name) {
        LoadResult result = load(name);
        assertTrue(result.ok(), () -> Loading.formatted(result));
        assertEquals(List.of("settings.render_command"), result.warnings().stream().map(Diagnostic::path).toList());
        assertEquals(DIR.resolve(name).toAbsolutePath().normalize(), result.document().source());
    }

    @Test
    void sectionsTypesAndCounts() {
        CvDocument doc = load("John_Doe_ClassicTheme_CV.yaml").document();
        Cv cv = doc.cv();
        assertEquals("John Doe", cv.name());
        assertEquals(null, cv.headline());
        assertEquals(null, cv.photo());
        assertEquals(List.of("john.doe@email.com"), cv.emails());
        assertEquals(List.of(), cv.phones());
        assertEquals(List.of("https://rendercv.com/"), cv.websites());
        assertEquals(List.of(new SocialNetwork("LinkedIn", "rendercv"), new SocialNetwork("GitHub", "rendercv")),
                cv.socialNetworks());
        assertEquals(List.of("Welcome to RenderCV", "Education", "Experience", "Projects", "Publications",
                "Selected Honors", "Skills", "Patents", "Invited Talks"), cv.sections().stream().map(Section::title).toList());
        assertEquals(List.of(EntryType.TEXT, EntryType.EDUCATION, EntryType.EXPERIENCE, EntryType.NORMAL,
                        EntryType.PUBLICATION, EntryType.BULLET, EntryType.ONE_LINE, EntryType.NUMBERED,
                        EntryType.REVERSED_NUMBERED),
                cv.sections().stream().map(Section::type).toList());
        assertEquals(List.of(4, 2, 5, 2, 4, 5, 4, 3, 4),
                cv.sections().stream().map(s -> s.entries().size()).toList());
        assertEquals("industry", doc.design().style());
        assertEquals("en", doc.locale().language());
        assertEquals(Loading.TODAY, doc.settings().currentDate());
        assertEquals("NAME - CV", doc.settings().pdfTitle());
    }

    @Test
    void datesAndPublications() {
        Cv cv = load("John_Doe_ClassicTheme_CV.yaml").document().cv();
        Entry.Education phd = assertInstanceOf(Entry.Education.class, cv.sections().get(1).entries().get(0));
        assertEquals("PhD", phd.degree());
        assertEquals(new EntryDate.Span(new PartialDate(2018, 9, 0), new PartialDate(2023, 5, 0)), phd.details().date());
        Entry.Experience nexus = assertInstanceOf(Entry.Experience.class, cv.sections().get(2).entries().get(0));
        assertEquals(new EntryDate.Span(new PartialDate(2023, 6, 0), null), nexus.details().date());
        Entry.Normal prune = assertInstanceOf(Entry.Normal.class, cv.sections().get(3).entries().get(1));
        assertEquals(new EntryDate.On(new PartialDate(2021, 0, 0)), prune.details().date());
        Entry.Publication paper = assertInstanceOf(Entry.Publication.class, cv.sections().get(4).entries().get(0));
        assertEquals(List.of("*John Doe*", "Sarah Williams", "David Park"), paper.authors());
        assertEquals("10.1234/neurips.2023.1234", paper.doi());
        assertEquals(new EntryDate.On(new PartialDate(2023, 7, 0)), paper.date());
        assertEquals(new Entry.ReversedNumbered("Efficient Deep Learning: A Practitioner's Perspective — Google Tech "
                + "Talk (2022)"), cv.sections().get(8).entries().get(3));
    }

    @Test
    void nestedHighlightsAreRecoveredFromTheSourceLines() {
        Cv cv = load("John_Doe_ModerncvTheme_CV.yaml").document().cv();
        Entry.Experience deepmind = (Entry.Experience) cv.sections().get(2).entries().get(2);
        assertEquals("Google DeepMind", deepmind.company());
        List<Highlight> highlights = deepmind.details().highlights();
        assertEquals(2, highlights.size());
        assertEquals(new Highlight("Developed reinforcement learning algorithms for multi-agent coordination",
                List.of()), highlights.get(0));
        assertEquals(new Highlight("Published research at top-tier venues with significant academic impact", List.of(
                "ICML 2022 main conference paper, cited 340+ times within two years",
                "NeurIPS 2022 workshop paper on emergent communication protocols",
                "Invited journal extension in JMLR (2023)")), highlights.get(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"John_Doe_ClassicTheme_CV.yaml", "John_Doe_ModerncvTheme_CV.yaml"})
    void everyCommentedOutRenderCvOptionIsKnown(String name) throws java.io.IOException {
        String uncommented = java.nio.file.Files.readString(DIR.resolve(name)).replaceAll("(?m)^  # ", "  ");
        LoadResult result = Loading.load(uncommented);
        assertTrue(result.ok(), () -> Loading.formatted(result));
        for (Diagnostic warning : result.warnings()) {
            assertTrue(warning.message().equals("a RenderCV option cvpress ignores"), warning.format());
        }
        assertTrue(result.warnings().size() > 80, () -> Loading.formatted(result));
        CvDocument doc = result.document();
        String style = name.contains("Moderncv") ? "academic" : "industry";
        assertEquals(new Design(style, "us-letter", new Design.Margins("0.7in", "0.7in", "0.7in", "0.7in"), null,
                doc.design().fontFamily(), "10pt"), doc.design());
        assertEquals(List.of("Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"),
                doc.locale().monthAbbreviations());
        assertEquals("MONTH_ABBREVIATION YEAR", doc.locale().singleDate());
        assertEquals("START_DATE – END_DATE", doc.locale().dateRange());
        assertEquals("Last updated in", doc.locale().lastUpdated());
    }
}
