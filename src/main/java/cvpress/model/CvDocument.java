package cvpress.model;

import java.nio.file.Path;

/** A loaded and validated CV file: its four blocks and where it came from. */
public record CvDocument(Path source, Cv cv, Design design, CvLocale locale, Settings settings) {
}
