package cvpress.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sRGB ICC profile shipped with cvpress (see {@code sRGB.icc.LICENSE}), the PDF/A output intent. */
final class ColorProfile {

    private static final String RESOURCE = "sRGB.icc";

    private ColorProfile() {
    }

    /** A fresh copy of the profile's bytes. */
    static byte[] srgb() {
        try (InputStream in = ColorProfile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks cvpress/render/" + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cvpress/render/" + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
