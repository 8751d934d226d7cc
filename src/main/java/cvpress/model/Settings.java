package cvpress.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The {@code settings} block, resolved: the date the CV is dated (also the PDF's dates), words to set
 * in bold wherever they occur, and the PDF title template ({@code NAME} is replaced by the owner's name).
 */
public record Settings(LocalDate currentDate, List<String> boldKeywords, String pdfTitle) {
    public Settings {
        boldKeywords = List.copyOf(boldKeywords);
    }
}
