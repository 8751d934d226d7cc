package cvpress.render;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preloader initialises the classes a first render waits for, which a fresh JVM has not initialised, and reads
 * the root locale's week data the PDF's dates are kept in: checked in a JVM of its own, since this one has long done
 * so.
 */
class PreloaderTest {

    /** Classes whose static set-up a first render pays for, one per thing the preloader does. */
    static final List<String> CLASSES = List.of("org.apache.pdfbox.pdmodel.PDDocument",
            "com.openhtmltopdf.css.constants.CSSName", "java.util.logging.LogManager", "java.util.GregorianCalendar",
            "org.jsoup.nodes.Entities", "org.jsoup.parser.HtmlTreeBuilder", "java.text.BreakIterator",
            "java.text.DecimalFormat");

    @Test
    void initialisesWhatAFirstRenderWaitsFor() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xshare:off", "--add-opens", "java.base/java.util=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Probe.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertEquals("before: none; after: " + String.join(", ", CLASSES) + "; root week data: no, then yes",
                output.strip());
    }

    /**
     * Run in a fresh JVM: which of {@link #CLASSES} are initialised before the preloader has run, and after; and
     * whether the calendar has the root locale's week data (first day, minimal days of the first week) cached.
     */
    static final class Probe {
        public static void main(String[] args) throws Exception {
            Field field = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
            field.setAccessible(true);
            sun.misc.Unsafe unsafe = (sun.misc.Unsafe) field.get(null);
            String before = initialised(unsafe);
            String rootBefore = rootWeekData();
            Preloader.run();
            System.out.println("before: " + (before.isEmpty() ? "none" : before) + "; after: " + initialised(unsafe)
                    + "; root week data: " + rootBefore + ", then " + rootWeekData());
        }

        private static String rootWeekData() throws ReflectiveOperationException {
            Field cache = Calendar.class.getDeclaredField("cachedLocaleData");
            cache.setAccessible(true);
            return ((Map<?, ?>) cache.get(null)).containsKey(Locale.ROOT) ? "yes" : "no";
        }

        @SuppressWarnings("deprecation")
        private static String initialised(sun.misc.Unsafe unsafe) throws ClassNotFoundException {
            List<String> done = new ArrayList<>();
            for (String name : CLASSES) {
                if (!unsafe.shouldBeInitialized(Class.forName(name, false, Probe.class.getClassLoader()))) {
                    done.add(name);
                }
            }
            return String.join(", ", done);
        }
    }
}
