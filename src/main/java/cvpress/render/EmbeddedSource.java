package cvpress.render;

/**
 * The CV's YAML file, attached to the PDF it renders as a PDF/A-3 associated file (relationship Source), so that
 * the record can be read back losslessly.
 *
 * @param fileName the name the attachment carries, such as {@code jane.yaml}
 * @param yaml     the file's bytes, unchanged
 */
public record EmbeddedSource(String fileName, byte[] yaml) {

    public EmbeddedSource {
        yaml = yaml.clone();
    }

    @Override
    public byte[] yaml() {
        return yaml.clone();
    }
}
