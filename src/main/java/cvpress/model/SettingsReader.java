package cvpress.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Reads the {@code settings} block: the CV's date, the words to set in bold and the PDF title. */
final class SettingsReader {

    static final List<String> KEYS = List.of("current_date", "bold_keywords", "pdf_title", "render_command");
    static final String DEFAULT_PDF_TITLE = "NAME - CV";

    private final Fields fields;
    private final Problems problems;

    SettingsReader(Fields fields) {
        this.fields = fields;
        this.problems = fields.problems();
    }

    Settings read(YamlNode.Mapping settings, LocalDate fallbackToday) {
        if (settings == null) {
            return new Settings(fallbackToday, List.of(), DEFAULT_PDF_TITLE);
        }
        fields.checkKeys(settings, "settings", KEYS);
        if (YamlNode.present(settings.get("render_command"))) {
            problems.warn(settings.get("render_command").location(), "settings.render_command",
                    "a RenderCV option cvpress ignores");
        }
        List<String> keywords = fields.stringList(settings.get("bold_keywords"), "settings.bold_keywords",
                "keywords");
        String title = fields.string(settings.get("pdf_title"), "settings.pdf_title");
        return new Settings(currentDate(settings.get("current_date"), fallbackToday), keywords,
                title != null ? title : DEFAULT_PDF_TITLE);
    }

    private LocalDate currentDate(YamlNode node, LocalDate fallbackToday) {
        String value = fields.string(node, "settings.current_date");
        if (value == null || value.toLowerCase(Locale.ROOT).equals("today")) {
            return fallbackToday;
        }
        DateParser.Parsed parsed = DateParser.parse(value);
        if (!parsed.ok() || !parsed.date().hasDay()) {
            problems.error(node.location(), "settings.current_date", parsed.problem("use today or YYYY-MM-DD"));
            return fallbackToday;
        }
        PartialDate d = parsed.date();
        return LocalDate.of(d.year(), d.month(), d.day());
    }
}
