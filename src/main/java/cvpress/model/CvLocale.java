package cvpress.model;

import java.util.List;

/**
 * The {@code locale} block: the words and formats used to write dates.
 *
 * @param language           an IETF language tag, written into the PDF (e.g. {@code en})
 * @param monthNames         twelve full month names
 * @param monthAbbreviations twelve short month names
 * @param present            the word for an ongoing end date
 * @param singleDate         how one date is written, with {@code MONTH_NAME}, {@code MONTH_ABBREVIATION},
 *                           {@code MONTH}, {@code YEAR} and {@code DAY} placeholders
 * @param dateRange          how a span is written, with {@code START_DATE} and {@code END_DATE}
 * @param lastUpdated        the words before the date of last update
 */
public record CvLocale(String language, List<String> monthNames, List<String> monthAbbreviations, String present,
                       String singleDate, String dateRange, String lastUpdated) {
    public CvLocale {
        monthNames = List.copyOf(monthNames);
        monthAbbreviations = List.copyOf(monthAbbreviations);
    }

    public static final CvLocale ENGLISH = new CvLocale("en",
            List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"),
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
            "present", "MONTH_ABBREVIATION YEAR", "START_DATE – END_DATE", "Last updated");
}
