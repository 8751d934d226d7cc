package cvpress.render;

import cvpress.model.PartialDate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The XMP metadata packet of a PDF/A-2u and PDF/UA-1 document, written as text from the document information it
 * must repeat: title, author, subject, keywords, cvpress as creator tool and producer, and the CV's date as every
 * XMP date (none when the CV has no date), with the PDF/A extension schemas that declare the properties PDF/A does
 * not predefine. Writing it directly costs next to nothing; building it with xmpbox and serialising it through the
 * JDK's XSLT classes took some 50 ms of a cold render.
 */
final class XmpPacket {

    /** The PDF/A part the packet claims when the document carries no attachment. */
    static final int PDFA_PART = 2;
    /** The PDF/A part the packet claims when the CV's source is attached: PDF/A-3 allows associated files. */
    static final int PDFA_PART_ATTACHED = 3;

    private static final String TOOL = "cvpress";

    private static final String EXTENSION_SCHEMAS = """
            <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" \
            xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas>
            <rdf:Bag>
            <rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>Adobe PDF Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>http://ns.adobe.com/pdf/1.3/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdf</pdfaSchema:prefix>
            <pdfaSchema:property>
            <rdf:Seq>
            <rdf:li rdf:parseType="Resource">
            <pdfaProperty:name>PDFVersion</pdfaProperty:name>
            <pdfaProperty:valueType>Text</pdfaProperty:valueType>
            <pdfaProperty:category>internal</pdfaProperty:category>
            <pdfaProperty:description>The PDF file version.</pdfaProperty:description>
            </rdf:li>
            <rdf:li rdf:parseType="Resource">
            <pdfaProperty:name>Keywords</pdfaProperty:name>
            <pdfaProperty:valueType>Text</pdfaProperty:valueType>
            <pdfaProperty:category>external</pdfaProperty:category>
            <pdfaProperty:description>Keywords.</pdfaProperty:description>
            </rdf:li>
            <rdf:li rdf:parseType="Resource">
            <pdfaProperty:name>Producer</pdfaProperty:name>
            <pdfaProperty:valueType>AgentName</pdfaProperty:valueType>
            <pdfaProperty:category>internal</pdfaProperty:category>
            <pdfaProperty:description>The name of the tool that created the PDF document.</pdfaProperty:description>
            </rdf:li>
            </rdf:Seq>
            </pdfaSchema:property>
            </rdf:li>
            <rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>PDF/A ID Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfa/ns/id/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfaid</pdfaSchema:prefix>
            <pdfaSchema:property>
            <rdf:Seq>
            <rdf:li rdf:parseType="Resource">
            <pdfaProperty:name>part</pdfaProperty:name>
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
            <pdfaProperty:category>internal</pdfaProperty:category>
            <pdfaProperty:description>Part of PDF/A standard</pdfaProperty:description>
            </rdf:li>
            <rdf:li rdf:parseType="Resource">
            <pdfaProperty:name>conformance</pdfaProperty:name>
            <pdfaProperty:valueType>Text</pdfaProperty:valueType>
            <pdfaProperty:category>internal</pdfaProperty:category>
            <pdfaProperty:description>Conformance level of PDF/A standard</pdfaProperty:description>
            </rdf:li>
            </rdf:Seq>
            </pdfaSchema:property>
            </rdf:li>
            <rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
            <pdfaSchema:property>
            <rdf:Seq>
            <rdf:li rdf:parseType="Resource">
            <pdfaProperty:name>part</pdfaProperty:name>
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
            <pdfaProperty:category>internal</pdfaProperty:category>
            <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
            </rdf:li>
            </rdf:Seq>
            </pdfaSchema:property>
            </rdf:li>
            </rdf:Bag>
            </pdfaExtension:schemas>
            </rdf:Description>
            """;

    private XmpPacket() {
    }

    /**
     * The packet's UTF-8 bytes for a document with {@code meta}'s information (absent or blank author, title,
     * subject and keywords are left out, as the document information leaves them out) claiming PDF/A-{@code part}u
     * and PDF/UA-1, written by a PDF {@code pdfVersion} writer.
     */
    static byte[] of(PdfMetadata meta, int part, String pdfVersion) {
        StringBuilder xmp = new StringBuilder(6 * 1024);
        xmp.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\"")
                .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
                .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"")
                .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        xmp.append("<pdfaid:part>").append(part).append("</pdfaid:part>\n")
                .append("<pdfaid:conformance>U</pdfaid:conformance>\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n");
        property(xmp, "pdf:PDFVersion", pdfVersion);
        property(xmp, "pdf:Producer", TOOL);
        property(xmp, "pdf:Keywords", meta.keywords());
        property(xmp, "xmp:CreatorTool", TOOL);
        if (meta.date() != null) {
            String stamp = stamp(meta.date());
            property(xmp, "xmp:CreateDate", stamp);
            property(xmp, "xmp:ModifyDate", stamp);
            property(xmp, "xmp:MetadataDate", stamp);
        }
        property(xmp, "dc:format", "application/pdf");
        if (present(meta.author())) {
            xmp.append("<dc:creator><rdf:Seq><rdf:li>");
            escaped(xmp, meta.author());
            xmp.append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        alternative(xmp, "dc:title", meta.title());
        alternative(xmp, "dc:description", meta.subject());
        xmp.append("</rdf:Description>\n")
                .append(EXTENSION_SCHEMAS)
                .append("</rdf:RDF>\n")
                .append("</x:xmpmeta>\n")
                .append("<?xpacket end=\"w\"?>");
        return xmp.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The date at midnight UTC in the ISO 8601 form XMP dates take, e.g. {@code 2026-11-02T00:00:00+00:00}. */
    static String stamp(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth()) + "T00:00:00+00:00";
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void property(StringBuilder xmp, String name, String value) {
        if (present(value)) {
            xmp.append('<').append(name).append('>');
            escaped(xmp, value);
            xmp.append("</").append(name).append(">\n");
        }
    }

    /** A language alternative with its default entry alone, as dc:title and dc:description are. */
    private static void alternative(StringBuilder xmp, String name, String value) {
        if (present(value)) {
            xmp.append('<').append(name).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">");
            escaped(xmp, value);
            xmp.append("</rdf:li></rdf:Alt></").append(name).append(">\n");
        }
    }

    /**
     * Appends {@code text} as XML character data: markup characters as entities, and characters XML 1.0 cannot
     * carry at all (controls other than tab, line feed and carriage return, unpaired surrogates, U+FFFE and
     * U+FFFF) left out.
     */
    static void escaped(StringBuilder xmp, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xmp.append("&amp;");
                case '<' -> xmp.append("&lt;");
                case '>' -> xmp.append("&gt;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        xmp.append(c).append(text.charAt(++i));
                    } else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF
                            || c == '\t' || c == '\n' || c == '\r') {
                        xmp.append(c);
                    }
                }
            }
        }
    }
}
