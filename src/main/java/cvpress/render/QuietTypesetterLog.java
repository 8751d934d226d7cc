package cvpress.render;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import java.util.logging.Level;

/**
 * Keeps openhtmltopdf from printing its progress and warnings on the console: a render's messages
 * go only to the diagnostic consumer of that render. (fontbox, which would print a line for every
 * table of a damaged font file, logs through Commons Logging, which commons-logging.properties
 * silences.) Installing it is idempotent.
 */
final class QuietTypesetterLog implements XRLogger {

    private QuietTypesetterLog() {
    }

    static void install() {
        if (!(XRLog.getLoggerImpl() instanceof QuietTypesetterLog)) {
            XRLog.setLoggerImpl(new QuietTypesetterLog());
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
    }

    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return false;
    }
}
