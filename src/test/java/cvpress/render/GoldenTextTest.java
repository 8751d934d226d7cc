package cvpress.render;

import cvpress.model.CvLoader;
import cvpress.model.Diagnostic;
import cvpress.model.LoadResult;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every test CV in every built-in style: the PDF's text, in reading order, equals its golden file. */
class GoldenTextTest {

    private final Renderer renderer = new Renderer();
    private final CvLoader loader = new CvLoader(LocalDate.of(2026, 11, 2));

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "rendercv/John_Doe_ClassicTheme_CV.yaml, academic",
            "rendercv/John_Doe_ModerncvTheme_CV.yaml, academic",
            "cvs/every-entry-type.yaml, academic",
            "rendercv/John_Doe_ClassicTheme_CV.yaml, industry",
            "cvs/every-entry-type.yaml, industry",
            "rendercv/John_Doe_ClassicTheme_CV.yaml, one-page",
            "cvs/every-entry-type.yaml, one-page",
    })
    void textMatchesGolden(String cv, String styleName) throws Exception {
        LoadResult loaded = loader.load(Path.of("src", "test", "resources").resolve(cv));
        assertTrue(loaded.ok(), () -> loaded.errors().stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        Style style = new StyleCatalog(Path.of(".")).resolve(styleName);
        byte[] pdf = renderer.pdf(loaded.document(), style);
        String base = Path.of(cv).getFileName().toString().replaceFirst("\\.yaml$", "");
        GoldenFiles.assertMatches(base + "-" + styleName + ".txt", PdfFacts.text(pdf));
    }
}
