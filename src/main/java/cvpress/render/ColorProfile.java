package cvpress.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sRGB ICC profile shipped with cvpress (see {@code sRGB.icc.LICENSE}), the PDF/A output intent. */
final class ColorProfile {

    private static final String RESOURCE = "cvpress/render/sRGB.icc";

    private ColorProfile() {
    }

    /** A fresh copy of the profile's bytes. */
    static byte[] srgb() {
        try (InputStream in = ColorProfile.class.getModule().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
