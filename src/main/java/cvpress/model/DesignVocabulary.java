package cvpress.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys the {@code design} block may hold, as dotted paths: those cvpress reads, and RenderCV's (2.x, as
 * listed in its example files, plus 1.x) which cvpress accepts and ignores with a warning. Both are lists so that
 * messages and suggestions come out the same on every run.
 */
final class DesignVocabulary {

    /** Paths cvpress reads; {@code typography.font_family} and {@code typography.font_size} may be mappings. */
    static final List<String> CVPRESS = List.of("style", "theme", "color", "font", "font_size", "page.size",
            "page.top_margin", "page.bottom_margin", "page.left_margin", "page.right_margin", "colors.accent",
            "typography.font_family", "typography.font_family.body", "typography.font_size",
            "typography.font_size.body", "templates.single_date", "templates.date_range", "primary_color",
            "fit.keep_sections", "fit.max_entries", "fit.min_font_size");

    /** RenderCV's design keys that cvpress ignores. */
    static final List<String> RENDERCV = List.of((""
            + "colors.body colors.connections colors.footer colors.headline colors.links colors.name "
            + "colors.section_titles colors.top_note entries.allow_page_break entries.date_and_location_width "
            + "entries.degree_width entries.highlights.bullet entries.highlights.nested_bullet "
            + "entries.highlights.space_above entries.highlights.space_between_bullet_and_text "
            + "entries.highlights.space_between_items entries.highlights.space_left entries.short_second_row "
            + "entries.side_space entries.space_between_columns entries.summary.space_above "
            + "entries.summary.space_left header.alignment header.connections.display_urls_instead_of_usernames "
            + "header.connections.hyperlink header.connections.phone_number_format header.connections.separator "
            + "header.connections.show_icons header.connections.space_between_connections header.photo_position "
            + "header.photo_space_left header.photo_space_right header.photo_width header.space_below_connections "
            + "header.space_below_headline header.space_below_name links.show_external_link_icon links.underline "
            + "page.show_footer page.show_top_note section_titles.line_thickness section_titles.space_above "
            + "section_titles.space_below section_titles.type sections.allow_page_break "
            + "sections.show_time_spans_in sections.space_between_regular_entries "
            + "sections.space_between_text_based_entries "
            + "templates.education_entry.date_and_location_column templates.education_entry.degree_column "
            + "templates.education_entry.main_column templates.experience_entry.date_and_location_column "
            + "templates.experience_entry.main_column templates.footer "
            + "templates.normal_entry.date_and_location_column templates.normal_entry.main_column "
            + "templates.one_line_entry.main_column templates.publication_entry.date_and_location_column "
            + "templates.publication_entry.main_column templates.time_span templates.top_note "
            + "typography.alignment typography.bold.connections typography.bold.headline typography.bold.name "
            + "typography.bold.section_titles typography.date_and_location_column_alignment "
            + "typography.font_family.connections typography.font_family.headline typography.font_family.name "
            + "typography.font_family.section_titles typography.font_size.connections "
            + "typography.font_size.headline typography.font_size.name typography.font_size.section_titles "
            + "typography.line_spacing typography.small_caps.connections typography.small_caps.headline "
            + "typography.small_caps.name typography.small_caps.section_titles "
            + "page_size disable_page_numbering page_numbering_style disable_last_updated_date "
            + "show_last_updated_date last_updated_date_style header_font_size text_alignment "
            + "seperator_between_connections separator_between_connections use_icons_for_connections "
            + "show_timespan_in disable_external_link_icons "
            + "margins.page.top margins.page.bottom margins.page.left margins.page.right "
            + "margins.section_title.top margins.section_title.bottom margins.entry_area.left_and_right "
            + "margins.entry_area.vertical_between margins.entry_area.date_and_location_width "
            + "margins.entry_area.education_degree_width margins.highlights_area.top margins.highlights_area.left "
            + "margins.highlights_area.vertical_between_bullet_points "
            + "margins.header.vertical_between_name_and_connections margins.header.bottom "
            + "margins.header.horizontal_between_connections").split(" "));

    /**
     * RenderCV's theme names and the style each maps to: the LaTeX-looking serif themes to academic, the résumé
     * themes to industry.
     */
    static final Map<String, String> RENDERCV_THEMES = Map.of("moderncv", "academic", "harvard", "academic",
            "classic", "industry", "sb2nov", "industry", "engineeringresumes", "industry",
            "engineeringclassic", "industry", "ink", "industry", "opal", "industry", "ember", "industry");

    private DesignVocabulary() {
    }

    /** Whether {@code path} holds further keys in either vocabulary. */
    static boolean isContainer(String path) {
        String prefix = path + ".";
        return CVPRESS.stream().anyMatch(p -> p.startsWith(prefix)) || RENDERCV.stream().anyMatch(p -> p.startsWith(prefix));
    }

    /** Whether some cvpress key lies at or below {@code path}. */
    static boolean readByCvpress(String path) {
        String prefix = path + ".";
        return CVPRESS.stream().anyMatch(p -> p.equals(path) || p.startsWith(prefix));
    }

    /** The keys allowed directly under {@code parent} ("" for the top of the design block). */
    static Set<String> childrenOf(String parent) {
        return childrenOf(parent, List.of(CVPRESS, RENDERCV));
    }

    /** The cvpress keys directly under {@code parent}, the short list shown when nothing is close to a typo. */
    static Set<String> cvpressChildrenOf(String parent) {
        return childrenOf(parent, List.of(CVPRESS));
    }

    private static Set<String> childrenOf(String parent, List<List<String>> vocabularies) {
        Set<String> children = new LinkedHashSet<>();
        String prefix = parent.isEmpty() ? "" : parent + ".";
        for (List<String> vocabulary : vocabularies) {
            for (String p : vocabulary) {
                if (p.startsWith(prefix)) {
                    String rest = p.substring(prefix.length());
                    int dot = rest.indexOf('.');
                    children.add(dot < 0 ? rest : rest.substring(0, dot));
                }
            }
        }
        return children;
    }
}
