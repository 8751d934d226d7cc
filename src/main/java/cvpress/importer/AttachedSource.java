package cvpress.importer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML record a PDF carries as an associated file of relationship Source (what {@code cvpress render
 * --embed-source} attaches), read back byte for byte, so that importing such a PDF loses nothing.
 */
public final class AttachedSource {

    /** Attachments larger than this are not a CV record (the loader refuses CV files above 5 MB). */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");
    private static final COSName SOURCE = COSName.getPDFName("Source");

    /**
     * The attached record.
     *
     * @param fileName the name the attachment carries
     * @param yaml     its bytes, unchanged
     */
    public record Found(String fileName, byte[] yaml) {
        public Found {
            yaml = yaml.clone();
        }

        @Override
        public byte[] yaml() {
            return yaml.clone();
        }
    }

    private AttachedSource() {
    }

    /**
     * The YAML record attached to the PDF as its source, if it carries one: an embedded file of relationship Source
     * whose MIME type is YAML or whose name ends in {@code .yaml} or {@code .yml}.
     */
    public static Optional<Found> find(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            if (names == null || names.getEmbeddedFiles() == null) {
                return Optional.empty();
            }
            List<Map.Entry<String, PDComplexFileSpecification>> files = new ArrayList<>();
            collect(names.getEmbeddedFiles(), files, 0);
            for (Map.Entry<String, PDComplexFileSpecification> e : files) {
                PDComplexFileSpecification spec = e.getValue();
                PDEmbeddedFile file = spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode()
                        : spec.getEmbeddedFile();
                String name = spec.getFileUnicode() != null ? spec.getFileUnicode() : e.getKey();
                if (file != null && SOURCE.equals(spec.getCOSObject().getCOSName(AF_RELATIONSHIP)) && yaml(file, name)) {
                    byte[] bytes = bytes(file);
                    if (bytes != null) {
                        return Optional.of(new Found(name, bytes));
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** The name tree's entries, its kids' included (to a sane depth). */
    private static void collect(PDNameTreeNode<PDComplexFileSpecification> node,
                                List<Map.Entry<String, PDComplexFileSpecification>> out, int depth) throws IOException {
        Map<String, PDComplexFileSpecification> names = node.getNames();
        if (names != null) {
            out.addAll(names.entrySet());
        }
        if (depth < 16 && node.getKids() != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : node.getKids()) {
                collect(kid, out, depth + 1);
            }
        }
    }

    private static boolean yaml(PDEmbeddedFile file, String name) {
        String type = file.getSubtype() == null ? "" : file.getSubtype().toLowerCase(Locale.ROOT);
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return type.equals("application/yaml") || type.equals("application/x-yaml") || type.equals("text/yaml")
                || lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /** The file's decoded bytes, or null when they exceed {@link #MAX_BYTES}. */
    private static byte[] bytes(PDEmbeddedFile file) throws IOException {
        try (InputStream in = file.createInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            return bytes.length > MAX_BYTES ? null : bytes;
        }
    }
}
