package cvpress.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cvpress.model.Loading.expect;
import static cvpress.model.Loading.expectOnly;
import static cvpress.model.Loading.load;
import static cvpress.model.Loading.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The locale and settings blocks. */
class LocaleAndSettingsTest {

    private static final String CV = "cv:\n  name: Ada\n";

    @Test
    void defaultsAreEnglishTodayAndNameDashCv() {
        CvDocument doc = ok(CV);
        assertEquals(CvLocale.ENGLISH, doc.locale());
        assertEquals(new Settings(Loading.TODAY, List.of(), "NAME - CV"), doc.settings());
    }

    @Test
    void localeOverridesEnglish() {
        CvLocale locale = ok(CV + """
                locale:
                  language: german
                  present: heute
                  last_updated: Stand
                  month_abbreviations: [Jan., Feb., März, Apr., Mai, Juni, Juli, Aug., Sep., Okt., Nov., Dez.]
                  single_date: MONTH_ABBREVIATION YEAR
                  date_range: START_DATE bis END_DATE
                """).locale();
        assertEquals("de", locale.language());
        assertEquals("heute", locale.present());
        assertEquals("Stand", locale.lastUpdated());
        assertEquals("März", locale.monthAbbreviations().get(2));
        assertEquals(CvLocale.ENGLISH.monthNames(), locale.monthNames());
        assertEquals("START_DATE bis END_DATE", locale.dateRange());
        assertEquals("fr-CA", ok(CV + "locale:\n  language: fr-CA\n").locale().language());
    }

    @Test
    void localeProblems() {
        LoadResult r = load(CV + """
                locale:
                  language: englsh
                  month_names: [Jan, Feb]
                  years: years
                  presnt: now
                """);
        expect(r, "cv.yaml:4:13: error: locale.language: ", "did you mean 'english'?");
        expect(r, "cv.yaml:5:16: error: locale.month_names: ", "needs exactly 12 names, January to December; found 2");
        expect(r, "cv.yaml:6:10: warning: locale.years: ", "RenderCV option cvpress ignores");
        expect(r, "cv.yaml:7:3: error: locale.presnt: ", "did you mean 'present'?");
        assertEquals(4, r.diagnostics().size(), () -> Loading.formatted(r));
    }

    @Test
    void currentDateIsTodayOrADay() {
        assertEquals(Loading.TODAY, ok(CV + "settings:\n  current_date: today\n").settings().currentDate());
        assertEquals(LocalDate.of(2024, 5, 1), ok(CV + "settings:\n  current_date: 2024-05-01\n").settings()
                .currentDate());
        expectOnly(load(CV + "settings:\n  current_date: 2024-05\n"), "cv.yaml:4:17: error: settings.current_date: ",
                "\"2024-05\" is not a date (use today or YYYY-MM-DD)");
        expectOnly(load(CV + "settings:\n  current_date: 2024-02-31\n"),
                "cv.yaml:4:17: error: settings.current_date: ", "2024-02 has 29 days (use today or YYYY-MM-DD)");
    }

    @Test
    void boldKeywordsPdfTitleAndRenderCommand() {
        LoadResult r = load(CV + """
                settings:
                  bold_keywords: [Java, YAML]
                  pdf_title: NAME's CV
                  render_command:
                    output_folder: out
                """);
        expectOnly(r, "cv.yaml:7:5: warning: settings.render_command: ", "RenderCV option cvpress ignores");
        assertEquals(new Settings(Loading.TODAY, List.of("Java", "YAML"), "NAME's CV"), r.document().settings());
        expectOnly(load(CV + "settings:\n  bold_keywords: Java\n"), "cv.yaml:4:18: error: settings.bold_keywords: ",
                "expected a list of keywords, found a string");
        expectOnly(load(CV + "settings:\n  pdf_titel: x\n"), "cv.yaml:4:3: error: settings.pdf_titel: ",
                "did you mean 'pdf_title'?");
    }

    @Test
    void renderCv1LocaleCatalogIsRead() {
        LoadResult r = load(CV + """
                locale_catalog:
                  present: aujourd'hui
                  to: à
                  abbreviations_for_months: [janv., févr., mars, avr., mai, juin, juil., août, sept., oct., nov., déc.]
                  phone_number_format: national
                  colour: red
                """);
        expect(r, "cv.yaml:7:3: warning: locale_catalog.phone_number_format: ", "RenderCV option cvpress ignores");
        expect(r, "cv.yaml:8:3: warning: locale_catalog.colour: ", "unknown RenderCV 1.x locale_catalog key");
        assertEquals(2, r.diagnostics().size(), () -> Loading.formatted(r));
        CvLocale locale = r.document().locale();
        assertEquals("aujourd'hui", locale.present());
        assertEquals("START_DATE à END_DATE", locale.dateRange());
        assertEquals("févr.", locale.monthAbbreviations().get(1));
    }

    @Test
    void phoneWrittenAsTelUriIsStoredWithoutTheScheme() {
        assertEquals(List.of("+90-541-999-99-99"), ok("cv:\n  name: Ada\n  phone: tel:+90-541-999-99-99\n").cv()
                .phones());
    }
}
