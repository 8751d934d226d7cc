package cvpress.importer;

import cvpress.model.CustomConnection;
import cvpress.model.Cv;
import cvpress.model.Entry;
import cvpress.model.Section;
import cvpress.model.SocialNetwork;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a CV written as text — markdown-ish or plain, as a PDF-to-text converter leaves it — into the CV
 * record: the header's name and contact details, then every section with its entries, keeping every word of
 * the input other than markup, LaTeX commands and PDF debris. Instances are immutable and thread-safe.
 */
public final class CvImporter {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b\\x0e-\\x1f\\x7f\\ufeff\\ufffd]");
    private static final Pattern PUBLICATION_TITLE = Pattern.compile(
            "(?i).*\\b(publications?|papers|preprints|articles|bibliography|journal|proceedings)\\b.*");
    private static final Pattern NAMED_LINK = Pattern.compile("\\[([^\\]/@]{1,60})\\]\\((https?://[^)\\s]{1,300})\\)");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.–-]*|\\p{Lu}\\.");
    private static final Pattern SEPARATOR_RUN = Pattern.compile("(?:\\s*[|·⋄]\\s*){2,}");
    private static final Pattern EDGE_SEPARATOR = Pattern.compile("^\\s*[|·⋄]\\s*|\\s*[|·⋄]\\s*$");

    /** How {@link PdfTextReader} marks a line set in a section heading's size. */
    private static final String TYPESET_HEADING = "## ";

    private final LineCleaner cleaner = new LineCleaner();
    private final ColumnSplitter columns = new ColumnSplitter();
    private final DebrisFilter debris = new DebrisFilter();
    private final SectionDetector detector = new SectionDetector();
    private final BulletParser bullets = new BulletParser();
    private final ContactParser contacts = new ContactParser();
    private final LocationFinder places = new LocationFinder();

    /**
     * Reads a CV text. {@code displayName} names the input in warnings; {@code ownerNameHint} (may be null) is
     * the owner's name to use when neither a header nor the publications give one.
     */
    public ImportResult importText(String displayName, String text, String ownerNameHint) {
        return importText(text, ownerNameHint, false);
    }

    /**
     * Reads a CV text; with {@code typeset}, the text came from a PDF in which a {@code ## } line is set in larger
     * type, which makes it a section heading whatever its words.
     */
    private ImportResult importText(String text, String ownerNameHint, boolean typeset) {
        List<ImportWarning> warnings = new ArrayList<>();
        List<Line> lines = debris.filter(lines(text));
        List<Body> bodies = new ArrayList<>();
        List<Line> header = split(lines, bodies, typeset);
        Header head = header(header, typeset);
        String owner = head.name;
        if (owner == null) {
            owner = new OwnerNameFinder().find(lines);
        }
        if (owner == null && ownerNameHint != null && !ownerNameHint.isBlank()) {
            owner = ownerNameHint.strip();
        }
        if (owner == null) {
            warnings.add(new ImportWarning(0, "no name found: the header has none and no author is emphasised in "
                    + "the publications; give it with --name"));
        }
        if (!head.rest.isEmpty()) {
            bodies.add(0, new Body("Other", head.rest.get(0).number(), head.rest));
            warnings.add(new ImportWarning(head.rest.get(0).number(), "kept as text in \"Other\": "
                    + EntryBuilder.shorten(head.rest.get(0).text())));
        }
        List<Section> sections = uniqueTitles(sections(bodies, owner, warnings, typeset), bodies, warnings);
        warnings.sort(java.util.Comparator.comparingInt(ImportWarning::line));
        Cv cv = new Cv(owner == null ? null : LineCleaner.finish(owner), head.headline, head.location, head.emails,
                head.phones, head.websites, null, head.networks, head.connections, sections);
        return new ImportResult(cv, warnings);
    }

    /**
     * Reads a CV PDF: its text, with bold and larger type marking headings and names, goes through the same
     * reading as a CV text (warnings then count lines of that text). Throws when the bytes are not a readable PDF.
     */
    public ImportResult importPdf(String displayName, byte[] pdf, String ownerNameHint) throws java.io.IOException {
        PdfTextReader.PdfText text = new PdfTextReader().read(pdf);
        ImportResult result = importText(text.text(), ownerNameHint, true);
        if (!text.truncated()) {
            return result;
        }
        List<ImportWarning> warnings = new ArrayList<>(result.warnings());
        warnings.add(0, new ImportWarning(0, "the PDF holds more text than a CV; only its first two million "
                + "characters were read"));
        return new ImportResult(result.cv(), warnings);
    }

    /** A section's title, the line of its heading, and the lines under it. */
    private record Body(String title, int line, List<Line> lines) {
    }

    /**
     * Splits the lines at the section headings into {@code bodies}; returns the header lines before the first.
     * When a CV writes its section headings in capitals, a capitals line after a blank line is a heading too,
     * even with a title the vocabulary does not know ("OPEN SOURCE").
     */
    private List<Line> split(List<Line> lines, List<Body> bodies, boolean typeset) {
        SectionDetector.Heading[] found = new SectionDetector.Heading[lines.size()];
        int capitals = 0;
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.blank() && bullets.parse(line) == null) {
                found[i] = detector.detect(line.text());
                if (found[i] == null && typeset && line.text().startsWith(TYPESET_HEADING)) {
                    found[i] = new SectionDetector.Heading(
                            SectionDetector.stripEmphasis(line.text().substring(TYPESET_HEADING.length())).strip(), "");
                }
                if (found[i] != null && SectionDetector.isAllCaps(SectionDetector.stripEmphasis(
                        SectionDetector.stripHashes(line.text())))) {
                    capitals++;
                }
                if (found[i] != null && first < 0) {
                    first = i;
                }
            }
        }
        if (capitals >= 3) {
            for (int i = first + 1; i < lines.size(); i++) {
                if (found[i] == null && lines.get(i - 1).blank() && bullets.parse(lines.get(i)) == null) {
                    found[i] = detector.capitalsHeading(lines.get(i).text());
                }
            }
        }
        int firstSection = -1;
        SectionDetector.Heading open = null;
        int openAt = -1;
        for (int i = 0; i <= lines.size(); i++) {
            SectionDetector.Heading h = i < lines.size() ? found[i] : null;
            if (i < lines.size() && h == null) {
                continue;
            }
            if (open != null) {
                Line at = lines.get(openAt);
                List<Line> body = new ArrayList<>();
                if (!open.rest().isEmpty()) {
                    body.add(new Line(at.number(), 0, open.rest(), at.hardBreak()));
                }
                body.addAll(lines.subList(openAt + 1, i));
                bodies.add(new Body(open.title(), at.number(), body));
            }
            if (h != null && firstSection < 0) {
                firstSection = i;
            }
            open = h;
            openAt = i;
        }
        return lines.subList(0, firstSection < 0 ? lines.size() : firstSection);
    }

    /** Builds the sections: publications first, so that their titles help read talks that name them. */
    private static Section[] sections(List<Body> bodies, String owner, List<ImportWarning> warnings,
                                       boolean typeset) {
        Section[] sections = new Section[bodies.size()];
        KnownTitles knownTitles = new KnownTitles();
        PublicationSectionBuilder publications = new PublicationSectionBuilder();
        for (int k = 0; k < bodies.size(); k++) {
            Body b = bodies.get(k);
            if (PUBLICATION_TITLE.matcher(b.title()).matches()) {
                sections[k] = publications.build(b.title(), b.lines(), owner, warnings);
                if (sections[k] != null) {
                    for (Entry e : sections[k].entries()) {
                        knownTitles.add(((Entry.Publication) e).title());
                    }
                }
            }
        }
        EntryBuilder builder = new EntryBuilder(typeset);
        for (int k = 0; k < bodies.size(); k++) {
            if (sections[k] == null) {
                sections[k] = builder.build(bodies.get(k).title(), bodies.get(k).lines(), knownTitles, warnings);
            }
        }
        return sections;
    }

    /** What the lines before the first section held. */
    private static final class Header {
        String name;
        String headline;
        String location;
        final List<String> emails = new ArrayList<>();
        final List<String> phones = new ArrayList<>();
        final List<String> websites = new ArrayList<>();
        final List<SocialNetwork> networks = new ArrayList<>();
        final List<Line> rest = new ArrayList<>();
        final List<CustomConnection> connections = new ArrayList<>();
    }

    /**
     * The header lines read as name, contact details, headline and location; with {@code typeset} (text read from a
     * PDF), a link that names its target ({@code [Lab page](https://…)}) is a custom connection.
     */
    private Header header(List<Line> lines, boolean typeset) {
        Header h = new Header();
        int seen = 0;
        for (Line line : lines) {
            if (line.blank()) {
                continue;
            }
            seen++;
            String t = SectionDetector.stripHeadingMark(line.text());
            if (typeset && seen <= 8) {
                t = namedLinks(t, h.connections);
            }
            String plain = SectionDetector.stripEmphasis(t);
            if (h.name == null && seen <= 3 && isName(plain)) {
                h.name = SectionDetector.isAllCaps(plain) ? SectionDetector.titleCase(plain) : plain;
                continue;
            }
            ContactParser.Contact c = seen <= 8 ? contacts.parse(t) : null;
            if (c != null) {
                h.emails.addAll(c.emails());
                h.phones.addAll(c.phones());
                h.websites.addAll(c.websites());
                h.networks.addAll(c.socialNetworks());
                for (String left : c.leftovers()) {
                    leftover(h, left, line);
                }
                continue;
            }
            if (seen <= 8 && plain.length() <= 80 && bullets.parse(line) == null
                    && (h.headline == null || places.split(plain).location() != null && h.location == null)) {
                leftover(h, plain, line);
                continue;
            }
            h.rest.add(line);
        }
        return h;
    }

    /** The text without its named links ({@code [Lab page](https://…)}), which go to {@code connections}. */
    private static String namedLinks(String text, List<CustomConnection> connections) {
        Matcher m = NAMED_LINK.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            connections.add(new CustomConnection(m.group(1).strip(), m.group(2)));
            m.appendReplacement(rest, "");
        }
        m.appendTail(rest);
        return EDGE_SEPARATOR.matcher(SEPARATOR_RUN.matcher(rest).replaceAll(" | ")).replaceAll("").strip();
    }

    private void leftover(Header h, String text, Line line) {
        if (text.isBlank()) {
            return;
        }
        if (h.location == null && places.split(text).location() != null) {
            h.location = LineCleaner.finish(text);
        } else if (h.headline == null) {
            h.headline = LineCleaner.finish(text);
        } else {
            h.rest.add(line.withText(text));
        }
    }

    private static boolean isName(String text) {
        String[] words = text.split(" ");
        if (words.length < 2 || words.length > 5 || SectionDetector.isSectionTitle(text)
                || OrgWords.isOrganisation(text)) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The input as cleaned lines: control characters removed, columns untangled, markup turned into text. */
    private List<Line> lines(String text) {
        String t = CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n')).replaceAll("");
        List<ColumnSplitter.RawLine> raw = new ArrayList<>();
        int number = 0;
        int start = 0;
        while (start <= t.length()) {
            int end = t.indexOf('\n', start);
            if (end < 0) {
                end = t.length();
            }
            number++;
            raw.add(new ColumnSplitter.RawLine(number, t.substring(start, end).replace("\t", "    ")));
            start = end + 1;
        }
        List<Line> out = new ArrayList<>(raw.size());
        for (ColumnSplitter.RawLine r : columns.split(raw)) {
            String line = r.text();
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            boolean hardBreak = line.endsWith("  ") || line.endsWith("\\") && !line.endsWith("\\\\");
            String body = line.substring(indent);
            if (body.endsWith("\\") && !body.endsWith("\\\\")) {
                body = body.substring(0, body.length() - 1);
            }
            out.add(new Line(r.number(), indent, cleaner.clean(body), hardBreak));
        }
        return out;
    }

    /**
     * The sections with unique titles (a repeated title of the same type merges). A heading with nothing under it
     * heads the next one ("Professional Services — Reviewing"); the last one stays as a section of its own title.
     */
    private static List<Section> uniqueTitles(Section[] sections, List<Body> bodies, List<ImportWarning> warnings) {
        Map<String, Section> firstOfKey = new LinkedHashMap<>();
        Map<String, List<Entry>> entries = new java.util.HashMap<>();
        Map<String, Integer> suffixes = new java.util.HashMap<>();
        String pendingParent = null;
        for (int k = 0; k < sections.length; k++) {
            Section s = sections[k];
            if (s.entries().isEmpty()) {
                String empty = LineCleaner.finish(s.title());
                pendingParent = pendingParent == null ? empty : pendingParent + " — " + empty;
                warnings.add(new ImportWarning(bodies.get(k).line(), "heading \"" + empty
                        + "\" has nothing under it; joined to the next heading"));
                continue;
            }
            if (pendingParent != null) {
                s = new Section(pendingParent + " — " + s.title(), s.type(), s.entries());
                pendingParent = null;
            }
            String title = Section.titleOfKey(s.title().isEmpty() ? "Other" : LineCleaner.finish(s.title()));
            String key = title.toLowerCase(Locale.ROOT);
            Section existing = firstOfKey.get(key);
            if (existing != null && existing.type() == s.type()) {
                entries.get(key).addAll(s.entries());
                continue;
            }
            String unique = title;
            while (firstOfKey.containsKey(unique.toLowerCase(Locale.ROOT))) {
                int n = suffixes.merge(key, 1, Integer::sum) + 1;
                unique = title + " (" + n + ")";
            }
            firstOfKey.put(unique.toLowerCase(Locale.ROOT), new Section(unique, s.type(), List.of()));
            entries.put(unique.toLowerCase(Locale.ROOT), new ArrayList<>(s.entries()));
        }
        if (pendingParent != null) {
            String base = Section.titleOfKey(pendingParent);
            String title = base;
            for (int n = 2; firstOfKey.containsKey(title.toLowerCase(Locale.ROOT)); n++) {
                title = base + " (" + n + ")";
            }
            firstOfKey.put(title.toLowerCase(Locale.ROOT), new Section(title, cvpress.model.EntryType.TEXT, List.of()));
            entries.put(title.toLowerCase(Locale.ROOT), new ArrayList<>(List.of(new Entry.Text(pendingParent))));
        }
        List<Section> out = new ArrayList<>();
        for (Map.Entry<String, Section> e : firstOfKey.entrySet()) {
            out.add(new Section(e.getValue().title(), e.getValue().type(), entries.get(e.getKey())));
        }
        return out;
    }

}
