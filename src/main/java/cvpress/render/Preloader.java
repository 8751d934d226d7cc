package cvpress.render;

import com.openhtmltopdf.css.constants.CSSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.text.BreakIterator;
import java.text.NumberFormat;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.logging.LogManager;

/**
 * Sets up, on a daemon thread of its own, what a process's first render would otherwise set up on its render thread
 * before it could go on: PDFBox's document class (whose static initialiser loads AWT's colour classes),
 * openhtmltopdf's table of CSS properties, the JDK's logging (the template engine's logger) and calendar data (the
 * font headers' dates), jsoup's entity tables and parser, and then, in the order a render comes to them, the line
 * breaker's rules, the root locale's calendar data (the PDF's dates) and the number format PDFBox writes page
 * content with. Class initialisation is the JVM's to order: a render thread that gets to one of these first does it
 * itself, or waits for this thread to finish it.
 */
final class Preloader {

    private Preloader() {
    }

    /** Starts the set-up and returns at once. */
    static void start() {
        Thread thread = new Thread(Preloader::run, "cvpress-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** Does the set-up on the calling thread. */
    static void run() {
        try (PDDocument pdf = new PDDocument()) {
            CSSName.getByPropertyName("color");
            LogManager.getLogManager();
            Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            Jsoup.parse("<p>&amp;</p>");
            BreakIterator.getLineInstance(Locale.ROOT);
            new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            NumberFormat.getNumberInstance(Locale.US);
        } catch (IOException | RuntimeException | LinkageError e) {
            // Whatever failed here fails again where the render does the same, and is reported there.
        }
    }
}
