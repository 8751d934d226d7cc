package cvpress.render;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.Map;

/**
 * Attaches a CV's YAML to its PDF as a PDF/A-3 associated file (catalog /AF, relationship Source, MIME type
 * application/yaml); an archival PDF's XMP packet claims part 3 for it ({@link XmpPacket#PDFA_PART_ATTACHED}).
 */
final class SourceAttachment {

    private static final COSName AF = COSName.getPDFName("AF");
    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");

    private SourceAttachment() {
    }

    /** Attaches {@code source}; {@code date} (may be null) becomes the attachment's modification date. */
    static void attach(PDDocument pdf, EmbeddedSource source, Calendar date) throws IOException {
        byte[] yaml = source.yaml();
        PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(yaml), COSName.FLATE_DECODE);
        file.setSubtype("application/yaml");
        file.setSize(yaml.length);
        if (date != null) {
            file.setModDate(date);
        }
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(source.fileName());
        spec.setFileUnicode(source.fileName());
        spec.setFileDescription("The CV record (YAML) this PDF was rendered from");
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setItem(AF_RELATIONSHIP, COSName.getPDFName("Source"));

        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(source.fileName(), spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray associated = new COSArray();
        associated.add(spec);
        catalog.getCOSObject().setItem(AF, associated);
    }
}
