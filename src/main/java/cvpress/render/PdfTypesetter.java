package cvpress.render;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.PageBox;
import cvpress.style.StyleException;
import cvpress.style.StyleSource;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Typesets a page's W3C DOM into a PDF with openhtmltopdf: registers the fonts explicitly, lets the
 * typesetter read nothing but {@code data:} URIs and the style's own files, adds the section outline,
 * makes it PDF/A-2u and PDF/UA-1 (tagged, sRGB output intent, language, title shown) unless asked for the
 * smallest file, and pins everything that would otherwise vary between runs (dates, /ID).
 */
final class PdfTypesetter {

    /** The base URI relative references resolve against; it names the style's own files. */
    static final String BASE_URI = "cvpress-style:/";

    private static final String SCHEME = "cvpress-style";
    /** The output condition the shipped profile describes, as the ICC registry names it. */
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private final boolean archival;
    private final byte[] srgb;

    /** A typesetter writing PDF/A-2u and PDF/UA-1 when {@code archival}, else plain (smaller) PDF. */
    PdfTypesetter(boolean archival) {
        QuietTypesetterLog.install();
        BundledFontMapper.install();
        DeflateLevel.install();
        this.archival = archival;
        this.srgb = archival ? ColorProfile.srgb() : null;
    }

    /**
     * Typesets {@code page}; {@code source} is the page as HTML text, from which (with the fonts and the
     * metadata) the document /ID is derived; {@code attachment}, unless null, is attached as the CV's source.
     */
    byte[] typeset(Document page, String source, StyleSource style, List<FontSet.Face> fonts,
                   FontMetricsCache metrics, PdfMetadata meta, EmbeddedSource attachment, RenderBudget budget)
            throws RenderException {
        try (LaidOut laidOut = layout(page, source, style, fonts, metrics, meta, budget)) {
            budget.checkPages(laidOut.layout().pages());
            return laidOut.pdf(attachment);
        }
    }

    /**
     * Lays {@code page} out without writing it yet, within the time {@code budget} leaves; the result writes the
     * same PDF {@link #typeset} would.
     */
    LaidOut layout(Document page, String source, StyleSource style, List<FontSet.Face> fonts,
                   FontMetricsCache metrics, PdfMetadata meta, RenderBudget budget) throws RenderException {
        addBookmarks(page, meta.sections());
        PdfBoxRenderer renderer = null;
        FontLoans loans = new FontLoans();
        try {
            renderer = builder(page, style, fonts, metrics, budget, loans).buildPdfRenderer();
            if (archival) {
                TypesetterXmp.skip(renderer);
            }
            renderer.getSharedContext().setTextRenderer(new MeasuringTextRenderer(metrics.widths()));
            renderer.layout();
            List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
            PageBox first = pages.get(0);
            double bottom = renderer.getRootBox().getAbsY() + renderer.getRootBox().getHeight();
            PageFitter.Layout layout = new PageFitter.Layout(pages.size(), bottom / (first.getBottom() - first.getTop()));
            return new LaidOut(renderer, layout, meta, language(page, meta), documentId(meta, source, fonts), srgb,
                    loans);
        } catch (RuntimeException e) {
            if (renderer != null) {
                renderer.close();
            }
            throw failure(e);
        }
    }

    /** A page laid out but not yet written: its page count and fill, and the means to write it once. */
    static final class LaidOut implements AutoCloseable {
        private final PdfBoxRenderer renderer;
        private final PageFitter.Layout layout;
        private final PdfMetadata meta;
        private final String language;
        private final byte[] id;
        private final byte[] srgb;
        private final FontLoans loans;
        private boolean failed;

        private LaidOut(PdfBoxRenderer renderer, PageFitter.Layout layout, PdfMetadata meta, String language, byte[] id,
                        byte[] srgb, FontLoans loans) {
            this.renderer = renderer;
            this.layout = layout;
            this.meta = meta;
            this.language = language;
            this.id = id;
            this.srgb = srgb;
            this.loans = loans;
        }

        PageFitter.Layout layout() {
            return layout;
        }

        /** Writes the PDF with cvpress's metadata and pinned /ID, and {@code attachment} attached unless null. */
        byte[] pdf(EmbeddedSource attachment) throws RenderException {
            try (PDDocument pdf = renderer.createPDFKeepOpen()) {
                PageContents.finish(pdf);
                finish(pdf, meta, language, attachment == null ? id : withAttachment(id, attachment));
                if (srgb != null) {
                    claimArchival(pdf, meta, attachment == null ? XmpPacket.PDFA_PART : XmpPacket.PDFA_PART_ATTACHED);
                    addOutputIntent(pdf, srgb);
                }
                if (attachment != null) {
                    SourceAttachment.attach(pdf, attachment, calendar(meta));
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                pdf.save(out);
                return out.toByteArray();
            } catch (IOException | RuntimeException e) {
                failed = true;
                throw failure(e);
            }
        }

        /** Releases the layout; the parsed fonts it used go back for the next document unless writing failed. */
        @Override
        public void close() {
            renderer.close();
            if (!failed) {
                loans.giveBack();
            }
        }
    }

    /**
     * The parsed fonts one document borrowed from their {@link FontFile}s: each face is parsed (or taken from
     * the fonts earlier documents gave back) when the typesetter first draws with it, and handed back when the
     * document is done. A warm render so parses no font.
     */
    private static final class FontLoans {
        private record Loan(FontFile file, TrueTypeFont font) {
        }

        private final List<Loan> loans = new ArrayList<>();

        /** The typesetter's source of {@code file} as a font of {@code pdf}, borrowed on first use. */
        PDFontSupplier supplier(PDDocument pdf, FontFile file) {
            return new PDFontSupplier(null) {
                @Override
                public PDFont supply() {
                    try {
                        TrueTypeFont font = file.borrow();
                        loans.add(new Loan(file, font));
                        return PDType0Font.load(pdf, font, true);
                    } catch (IOException e) {
                        throw new UncheckedIOException("a font cannot be read: " + e.getMessage(), e);
                    }
                }
            };
        }

        void giveBack() {
            loans.forEach(loan -> loan.file().giveBack(loan.font()));
            loans.clear();
        }
    }

    private static RenderException failure(Exception e) {
        if (e instanceof RenderBudget.Exceeded) {
            return new RenderException(e.getMessage());
        }
        return new RenderException("typesetting failed: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ")));
    }

    private PdfRendererBuilder builder(Document page, StyleSource style, List<FontSet.Face> fonts,
                                       FontMetricsCache metrics, RenderBudget budget, FontLoans loans) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        PDDocument pdf = archival ? PropertyLists.document() : new PDDocument();
        builder.usePDDocument(pdf);
        builder.useFastMode();
        // Page content uncompressed (all test mode does): PageContents edits it and then deflates it.
        builder.testMode(true);
        builder.useUnicodeLineBreaker(new HyphenKeepingLineBreaker(budget));
        builder.withW3cDocument(page, BASE_URI);
        builder.withProducer("cvpress");
        builder.withDiagnosticConsumer(diagnostic -> { });
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
        for (FontSet.Face face : fonts) {
            metrics.know(face);
            builder.useFont(loans.supplier(pdf, face.file()), face.family(), face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        BiPredicate<String, ExternalResourceType> allowed = (uri, type) -> allowed(uri);
        builder.useExternalResourceAccessControl(allowed, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(allowed, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useHttpStreamImplementation(uri -> {
            throw new IllegalStateException("network access is disabled");
        });
        builder.useProtocolsStreamImplementation(new StyleFiles(style), SCHEME);
        if (archival) {
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            builder.usePdfUaAccessibility(true);
        }
        return builder;
    }

    /** Whether the typesetter may read a resource: inline data, or a file of the style itself. */
    static boolean allowed(String uri) {
        if (uri == null) {
            return false;
        }
        if (uri.startsWith("data:")) {
            return true;
        }
        String path = uri.startsWith(BASE_URI) ? uri.substring(BASE_URI.length()) : uri;
        return StyleSource.isSafeName(path);
    }

    private static void addBookmarks(Document page, List<PdfMetadata.Bookmark> sections) {
        Element head = firstElement(page.getDocumentElement(), "head");
        if (head == null || sections.isEmpty()) {
            return;
        }
        Element bookmarks = page.createElement("bookmarks");
        for (PdfMetadata.Bookmark section : sections) {
            Element bookmark = page.createElement("bookmark");
            bookmark.setAttribute("name", section.title());
            bookmark.setAttribute("href", "#" + section.anchor());
            bookmarks.appendChild(bookmark);
        }
        head.appendChild(bookmarks);
    }

    private static Element firstElement(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && name.equalsIgnoreCase(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /**
     * The language the catalogue names: the CV's when it is a language tag; else, for archival output (PDF/UA needs
     * one), the page's {@code lang}, or EN-US when the page names none.
     */
    private String language(Document page, PdfMetadata meta) {
        if (meta.language() != null && LANGUAGE.matcher(meta.language()).matches()) {
            return meta.language();
        }
        if (!archival) {
            return null;
        }
        String lang = page.getDocumentElement().getAttribute("lang");
        return lang.isEmpty() ? "EN-US" : lang;
    }

    private static void finish(PDDocument pdf, PdfMetadata meta, String language, byte[] id) throws IOException {
        PDDocumentInformation info = new PDDocumentInformation();
        pdf.setDocumentInformation(info);
        info.setTitle(meta.title());
        info.setAuthor(meta.author());
        info.setSubject(meta.subject());
        info.setKeywords(meta.keywords());
        info.setCreator("cvpress");
        info.setProducer("cvpress");
        Calendar date = calendar(meta);
        if (date == null) {
            info.getCOSObject().removeItem(COSName.CREATION_DATE);
            info.getCOSObject().removeItem(COSName.MOD_DATE);
        } else {
            info.setCreationDate(date);
            info.setModificationDate(date);
        }
        if (language != null) {
            pdf.getDocumentCatalog().setLanguage(language);
        }
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /**
     * Says that the document is PDF/A-{@code part}u and PDF/UA-1, as the renderer built for them leaves it to cvpress
     * (see {@link TypesetterXmp}): the XMP packet, the catalogue's mark that it is tagged, and the title shown in the
     * viewer's title bar.
     */
    private static void claimArchival(PDDocument pdf, PdfMetadata meta, int part) throws IOException {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        PDMetadata xmp = new PDMetadata(pdf);
        xmp.importXMPMetadata(XmpPacket.of(meta, part, Float.toString(pdf.getVersion())));
        catalog.setMetadata(xmp);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        catalog.setViewerPreferences(new PDViewerPreferences(new COSDictionary()));
        catalog.getViewerPreferences().setDisplayDocTitle(true);
    }

    /**
     * Adds the sRGB output intent PDF/A asks for, with the shipped profile's own bytes. It is built here rather than
     * by the typesetter ({@code useColorProfile}) or PDFBox's {@link PDOutputIntent#PDOutputIntent(PDDocument,
     * java.io.InputStream)}: those read the profile with the JDK's colour engine, which loads a native library on
     * every cold render (some 4 ms) and stores the profile as it re-serialises it (another header, which could
     * differ between JDKs).
     */
    private static void addOutputIntent(PDDocument pdf, byte[] srgb) throws IOException {
        PDStream profile = new PDStream(pdf, new ByteArrayInputStream(srgb), COSName.FLATE_DECODE);
        profile.getCOSObject().setInt(COSName.N, 3);
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
        dictionary.setItem(COSName.S, COSName.GTS_PDFA1);
        dictionary.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        PDOutputIntent intent = new PDOutputIntent(dictionary);
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        pdf.getDocumentCatalog().addOutputIntent(intent);
    }

    /** The CV's date at midnight UTC, or null. */
    private static Calendar calendar(PdfMetadata meta) {
        if (meta.date() == null) {
            return null;
        }
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        date.clear();
        date.set(meta.date().getYear(), meta.date().getMonthValue() - 1, meta.date().getDayOfMonth());
        return date;
    }

    /** The /ID of a PDF that also carries {@code attachment}: the content's /ID mixed with the attachment's bytes. */
    private static byte[] withAttachment(byte[] id, EmbeddedSource attachment) {
        byte[] name = attachment.fileName().getBytes(StandardCharsets.UTF_8);
        byte[] yaml = attachment.yaml();
        byte[] all = new byte[id.length + name.length + 1 + yaml.length];
        System.arraycopy(id, 0, all, 0, id.length);
        System.arraycopy(name, 0, all, id.length, name.length);
        System.arraycopy(yaml, 0, all, id.length + name.length + 1, yaml.length);
        return DocumentId.of(all);
    }

    /** A document /ID derived from the content: the metadata, the page's HTML and the fonts' bytes. */
    private static byte[] documentId(PdfMetadata meta, String source, List<FontSet.Face> fonts) {
        StringBuilder all = new StringBuilder(source.length() + 1024);
        for (String field : new String[] {meta.title(), meta.author(), meta.subject(), meta.keywords(), meta.language(),
                String.valueOf(meta.date())}) {
            all.append(field).append('\n');
        }
        for (PdfMetadata.Bookmark section : meta.sections()) {
            all.append(section.title()).append('#').append(section.anchor()).append('\n');
        }
        all.append(source);
        for (FontSet.Face face : fonts) {
            all.append('\n').append(face.family()).append(face.weight()).append(face.italic())
                    .append(HexFormat.of().formatHex(face.sha256()));
        }
        return DocumentId.of(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Serves {@code cvpress-style:/NAME} from the style's own files, and nothing else. */
    private record StyleFiles(StyleSource style) implements FSStreamFactory {
        @Override
        public FSStream getUrl(String uri) {
            String name = uri.startsWith(BASE_URI) ? uri.substring(BASE_URI.length()) : "";
            Optional<byte[]> bytes;
            try {
                bytes = StyleSource.isSafeName(name) ? style.read(name) : Optional.empty();
            } catch (StyleException e) {
                bytes = Optional.empty();
            }
            byte[] data = bytes.orElse(null);
            return new FSStream() {
                @Override
                public InputStream getStream() {
                    return data == null ? null : new ByteArrayInputStream(data);
                }

                @Override
                public Reader getReader() {
                    return data == null ? null : new InputStreamReader(new ByteArrayInputStream(data), StandardCharsets.UTF_8);
                }
            };
        }
    }
}
