package cvpress.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an applicant-tracking system and an archive see in any PDF: pages and page size, fonts and whether they are
 * embedded, document information, the PDF/A and PDF/UA claims of its XMP metadata, its links, its attachments
 * and its text layer.
 *
 * @param pageSize  the first page's size, such as "A4 (210 × 297 mm)"
 * @param metadata  title, author, subject, keywords, creator, producer, language (absent ones left out)
 * @param pdfa      the PDF/A claim, such as "2U", or null
 * @param pdfua     the PDF/UA part claimed, such as "1", or null
 * @param tagged    whether the document says it is tagged (MarkInfo /Marked)
 * @param titleShown whether viewers are asked to show the title rather than the file name
 * @param attachments the embedded files, each as "NAME (MIME type, relationship)"
 * @param text      the text in reading order, as PDFBox extracts it sorted by position
 */
public record PdfSummary(int pages, String pageSize, List<Font> fonts, Map<String, String> metadata, String pdfa,
                         String pdfua, boolean tagged, boolean titleShown, List<String> links, List<String> attachments,
                         String text) {

    private static final Pattern PDFA_PART = xmp("pdfaid", "part");
    private static final Pattern PDFA_CONFORMANCE = xmp("pdfaid", "conformance");
    private static final Pattern PDFUA_PART = xmp("pdfuaid", "part");

    public PdfSummary {
        fonts = List.copyOf(fonts);
        metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        links = List.copyOf(links);
        attachments = List.copyOf(attachments);
    }

    /** One font the pages use: its PostScript name, type, and whether its program is in the file. */
    public record Font(String name, String type, boolean embedded) {
    }

    /** Whether every font's program is in the file. */
    public boolean allFontsEmbedded() {
        return fonts.stream().allMatch(Font::embedded);
    }

    /** Reads {@code pdf}; an encrypted or broken file fails with a one-line reason. */
    public static PdfSummary read(byte[] pdf) throws RenderException {
        return read(pdf, doc -> { });
    }

    /**
     * Reads {@code pdf} after {@code repair} has made the parsed document safe to read (for instance by dropping
     * tables that would exhaust the heap); an encrypted or broken file fails with a one-line reason.
     */
    public static PdfSummary read(byte[] pdf, Consumer<PDDocument> repair) throws RenderException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            repair.accept(doc);
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new RenderException("the PDF is encrypted and forbids text extraction");
            }
            return summarise(doc);
        } catch (InvalidPasswordException e) {
            throw new RenderException("the PDF is encrypted with a password");
        } catch (IOException | RuntimeException e) {
            throw new RenderException("not a readable PDF: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ")));
        }
    }

    private static PdfSummary summarise(PDDocument doc) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        Map<String, Font> fonts = new LinkedHashMap<>();
        List<String> links = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (PDPage page : doc.getPages()) {
            fonts(page.getResources(), fonts, seen);
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    PDAction action = link.getAction();
                    if (action instanceof PDActionURI uri && uri.getURI() != null) {
                        links.add(uri.getURI());
                    }
                }
            }
        }
        String xmp = "";
        PDMetadata metadata = catalog.getMetadata();
        if (metadata != null) {
            xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
        }
        String part = value(PDFA_PART, xmp);
        String conformance = value(PDFA_CONFORMANCE, xmp);
        String pdfa = part == null ? null : part + (conformance == null ? "" : conformance);
        boolean tagged = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
        boolean titleShown = catalog.getViewerPreferences() != null
                && catalog.getViewerPreferences().displayDocTitle();
        String size = doc.getNumberOfPages() == 0 ? "none" : size(doc.getPage(0).getMediaBox());
        return new PdfSummary(doc.getNumberOfPages(), size, List.copyOf(fonts.values()), info(doc, catalog), pdfa,
                value(PDFUA_PART, xmp), tagged, titleShown, links, attachments(catalog), TextLayer.extract(doc));
    }

    private static List<String> attachments(PDDocumentCatalog catalog) throws IOException {
        List<String> out = new ArrayList<>();
        if (catalog.getNames() == null || catalog.getNames().getEmbeddedFiles() == null) {
            return out;
        }
        Map<String, PDComplexFileSpecification> files = catalog.getNames().getEmbeddedFiles().getNames();
        if (files == null) {
            return out;
        }
        for (Map.Entry<String, PDComplexFileSpecification> e : new java.util.TreeMap<>(files).entrySet()) {
            PDEmbeddedFile file = e.getValue().getEmbeddedFileUnicode() != null
                    ? e.getValue().getEmbeddedFileUnicode() : e.getValue().getEmbeddedFile();
            String type = file == null || file.getSubtype() == null ? "no type" : file.getSubtype();
            String relationship = e.getValue().getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship"));
            out.add(e.getKey() + " (" + type + (relationship == null ? "" : ", " + relationship) + ")");
        }
        return out;
    }

    private static void fonts(PDResources resources, Map<String, Font> out, Set<Object> seen) throws IOException {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font != null) {
                boolean embedded = font instanceof PDType0Font t0 ? t0.getDescendantFont().isEmbedded() : font.isEmbedded();
                String type = font.getCOSObject().getNameAsString(COSName.SUBTYPE);
                out.putIfAbsent(font.getName() + "/" + type, new Font(font.getName(), type, embedded));
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                fonts(form.getResources(), out, seen);
            }
        }
    }

    private static Map<String, String> info(PDDocument doc, PDDocumentCatalog catalog) {
        PDDocumentInformation info = doc.getDocumentInformation();
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "title", info.getTitle());
        put(m, "author", info.getAuthor());
        put(m, "subject", info.getSubject());
        put(m, "keywords", info.getKeywords());
        put(m, "creator", info.getCreator());
        put(m, "producer", info.getProducer());
        put(m, "language", catalog.getLanguage());
        return m;
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value.replaceAll("\\s+", " ").strip());
        }
    }

    private static String size(PDRectangle box) {
        long w = Math.round(box.getWidth() * 25.4 / 72);
        long h = Math.round(box.getHeight() * 25.4 / 72);
        String name = w == 210 && h == 297 ? "A4 " : w == 216 && h == 279 ? "US letter " : "";
        return name + "(" + w + " × " + h + " mm)";
    }

    private static Pattern xmp(String prefix, String property) {
        return Pattern.compile(prefix + ":" + property + "(?:>\\s*([^<\\s]+)\\s*<|\\s*=\\s*\"([^\"]*)\")");
    }

    private static String value(Pattern pattern, String xmp) {
        Matcher m = pattern.matcher(xmp);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
