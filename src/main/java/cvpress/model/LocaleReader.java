package cvpress.model;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads the {@code locale} block over {@link CvLocale#ENGLISH}: language, month names, the word for present. */
final class LocaleReader {

    static final List<String> KEYS = List.of("language", "last_updated", "month", "months", "year", "years",
            "present", "phrases", "month_abbreviations", "month_names", "single_date", "date_range");

    private static final List<String> IGNORED = List.of("month", "months", "year", "years");

    /** RenderCV 1.x's locale_catalog keys; those in {@link #CATALOG_IGNORED} are accepted and ignored. */
    private static final List<String> CATALOG_KEYS = List.of("month", "months", "year", "years", "present", "to",
            "abbreviations_for_months", "full_names_of_months", "phone_number_format", "date_style", "last_updated",
            "page_numbering_style");
    private static final List<String> CATALOG_IGNORED = List.of("month", "months", "year", "years",
            "phone_number_format", "page_numbering_style");

    /** RenderCV's language names and their IETF tags. */
    private static final Map<String, String> LANGUAGES = Collections.unmodifiableMap(new TreeMap<>(Map.ofEntries(Map.entry("english", "en"),
            Map.entry("german", "de"), Map.entry("french", "fr"), Map.entry("spanish", "es"),
            Map.entry("italian", "it"), Map.entry("portuguese", "pt"), Map.entry("turkish", "tr"),
            Map.entry("chinese", "zh"), Map.entry("mandarin_chinese", "zh"), Map.entry("japanese", "ja"),
            Map.entry("korean", "ko"), Map.entry("russian", "ru"), Map.entry("hindi", "hi"),
            Map.entry("indonesian", "id"), Map.entry("danish", "da"), Map.entry("dutch", "nl"),
            Map.entry("norwegian", "no"), Map.entry("swedish", "sv"), Map.entry("finnish", "fi"),
            Map.entry("polish", "pl"), Map.entry("arabic", "ar"), Map.entry("hebrew", "he"),
            Map.entry("greek", "el"), Map.entry("vietnamese", "vi"), Map.entry("czech", "cs"),
            Map.entry("hungarian", "hu"), Map.entry("ukrainian", "uk"), Map.entry("persian", "fa"))));

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private final Fields fields;
    private final Problems problems;

    LocaleReader(Fields fields) {
        this.fields = fields;
        this.problems = fields.problems();
    }

    /** The locale; {@code singleDate} and {@code dateRange} come from RenderCV's design templates when given. */
    CvLocale read(YamlNode.Mapping locale, String singleDate, String dateRange) {
        CvLocale base = CvLocale.ENGLISH;
        if (locale == null) {
            return new CvLocale(base.language(), base.monthNames(), base.monthAbbreviations(), base.present(),
                    or(singleDate, base.singleDate()), or(dateRange, base.dateRange()), base.lastUpdated());
        }
        fields.checkKeys(locale, "locale", KEYS);
        for (String key : IGNORED) {
            warnIgnored(locale, key, "locale." + key);
        }
        YamlNode phrases = locale.get("phrases");
        YamlNode.Mapping phraseMap = fields.mapping(phrases, "locale.phrases");
        if (phraseMap != null) {
            fields.checkKeys(phraseMap, "locale.phrases", List.of("degree_with_area"));
            warnIgnored(phraseMap, "degree_with_area", "locale.phrases.degree_with_area");
        }
        List<String> names = twelve(locale.get("month_names"), "locale.month_names", base.monthNames());
        List<String> abbreviations = twelve(locale.get("month_abbreviations"), "locale.month_abbreviations",
                base.monthAbbreviations());
        return new CvLocale(language(locale.get("language"), base.language()), names, abbreviations,
                or(fields.string(locale.get("present"), "locale.present"), base.present()),
                or(fields.string(locale.get("single_date"), "locale.single_date"), or(singleDate, base.singleDate())),
                or(fields.string(locale.get("date_range"), "locale.date_range"), or(dateRange, base.dateRange())),
                or(fields.string(locale.get("last_updated"), "locale.last_updated"), base.lastUpdated()));
    }

    /** RenderCV 1.x's top-level {@code locale_catalog}, read over English; keys it does not know are warnings. */
    CvLocale readCatalog(YamlNode.Mapping catalog, String singleDate, String dateRange) {
        CvLocale base = read(null, singleDate, dateRange);
        for (YamlNode.Pair pair : catalog.pairs()) {
            String path = "locale_catalog." + pair.name();
            if (!CATALOG_KEYS.contains(pair.name())) {
                String suggestion = DidYouMean.closest(pair.name(), CATALOG_KEYS, DidYouMean.tolerance(pair.name()));
                problems.warn(pair.key().location(), path, "unknown RenderCV 1.x locale_catalog key '" + pair.name()
                        + "' is ignored" + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"));
            } else if (CATALOG_IGNORED.contains(pair.name()) && YamlNode.present(pair.value())) {
                problems.warn(pair.key().location(), path, "a RenderCV option cvpress ignores");
            }
        }
        String to = fields.string(catalog.get("to"), "locale_catalog.to");
        return new CvLocale(base.language(),
                twelve(catalog.get("full_names_of_months"), "locale_catalog.full_names_of_months", base.monthNames()),
                twelve(catalog.get("abbreviations_for_months"), "locale_catalog.abbreviations_for_months",
                        base.monthAbbreviations()),
                or(fields.string(catalog.get("present"), "locale_catalog.present"), base.present()),
                or(fields.string(catalog.get("date_style"), "locale_catalog.date_style"), base.singleDate()),
                to == null ? base.dateRange() : "START_DATE " + to + " END_DATE",
                or(fields.string(catalog.get("last_updated"), "locale_catalog.last_updated"), base.lastUpdated()));
    }

    private void warnIgnored(YamlNode.Mapping mapping, String key, String path) {
        if (YamlNode.present(mapping.get(key))) {
            problems.warn(mapping.get(key).location(), path, "a RenderCV option cvpress ignores");
        }
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private String language(YamlNode node, String fallback) {
        String language = fields.string(node, "locale.language");
        if (language == null) {
            return fallback;
        }
        String tag = LANGUAGES.get(language.toLowerCase(Locale.ROOT));
        if (tag != null) {
            return tag;
        }
        if (LANGUAGE_TAG.matcher(language).matches()) {
            return Locale.forLanguageTag(language).toLanguageTag();
        }
        String suggestion = DidYouMean.closest(language.toLowerCase(Locale.ROOT), LANGUAGES.keySet(),
                DidYouMean.tolerance(language));
        problems.error(node.location(), "locale.language", "'" + language + "' is not a known language name or "
                + "IETF tag (such as en, de or fr-CA)" + (suggestion != null ? "; did you mean '" + suggestion + "'?"
                : ""));
        return fallback;
    }

    private List<String> twelve(YamlNode node, String path, List<String> fallback) {
        if (!YamlNode.present(node)) {
            return fallback;
        }
        List<String> names = fields.stringList(node, path, "month names");
        if (node instanceof YamlNode.Sequence seq && seq.items().size() != 12) {
            problems.error(node.location(), path, "needs exactly 12 names, January to December; found "
                    + seq.items().size());
            return fallback;
        }
        return names.size() == 12 ? names : fallback;
    }
}
