package cvpress.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Reads the version Maven wrote into the jar, for {@code --version} and the importer's header line. */
final class VersionProvider {

    private VersionProvider() {
    }

    static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getModule().getResourceAsStream("cvpress/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
