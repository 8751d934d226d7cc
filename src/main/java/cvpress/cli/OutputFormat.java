package cvpress.cli;

/** The kinds of output {@code render} can write. */
enum OutputFormat {
    PDF, HTML, PNG;

    String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
