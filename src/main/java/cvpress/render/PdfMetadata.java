package cvpress.render;

import java.time.LocalDate;
import java.util.List;

/**
 * What a rendered CV says about itself: document information, language, date and outline.
 *
 * @param date     the CV's date ({@code settings.current_date}), used for every date the PDF carries
 * @param sections the section titles (plain text) with the anchor ids they are bookmarked to
 */
record PdfMetadata(String title, String author, String subject, String keywords, String language, LocalDate date,
                   List<Bookmark> sections) {

    PdfMetadata {
        sections = List.copyOf(sections);
    }

    /** One outline entry: the section's plain title and the id of its element. */
    record Bookmark(String title, String anchor) {
    }
}
