package cvpress.importer;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's text with the positions, fonts, colours and links of its glyphs and writes it as the markdown-ish
 * text the text importer reads: the largest type becomes the {@code #} name, the size most larger lines share (or,
 * where no heading is set larger, bold body-sized type in a colour of its own) {@code ##} section headings, bold and
 * italic stretches {@code **…**} and {@code *…*}, a right-aligned column {@code | …}, a label/details table's rows
 * {@code **Label:** details}, indented lines bullets, a wider gap between lines or a bold entry head a blank line,
 * a link whose text names its target {@code [text](uri)}, and the running header and footer are left out.
 */
final class PdfTextReader {

    /** One glyph: page, baseline, horizontal extent, size and style. */
    private record Glyph(int page, float x, float y, float right, float size, boolean bold, boolean italic,
                         int colour, String link, String text) {
    }

    /** One line of glyphs on a page. */
    private record TextLine(int page, float x, float y, float right, float size, List<Glyph> glyphs) {

        /** The right edge of the line's text before a right-aligned part set apart by a wide gap. */
        float mainRight() {
            return glyphs.get(mainEnd() - 1).right();
        }

        /** Where the right-aligned part set apart by a wide gap starts; only for a line that has one. */
        float columnLeft() {
            return glyphs.get(mainEnd()).x();
        }

        /** The index after the last glyph before a wide gap. */
        int mainEnd() {
            for (int i = 1; i < glyphs.size(); i++) {
                if (wideGap(glyphs.get(i - 1), glyphs.get(i))) {
                    return i;
                }
            }
            return glyphs.size();
        }
    }

    private static final long MAX_GLYPHS = 2_000_000;
    private static final float WIDE_GAP = 1.5f;
    private static final float STYLE_GAP = 0.8f;
    /** A gap between a bold label and its details wider than this many font sizes is a table's column gap. */
    private static final float LABEL_GAP = 0.45f;
    /** Lines further apart than this many usual line distances belong to different blocks. */
    private static final float BLOCK_GAP = 1.22f;
    /** Type this many times the body size or larger sets a heading (one-tenth larger is a style's usual step). */
    private static final float HEADING = 1.07f;
    /** A leader's dots are set smaller than this share of the line's type. */
    private static final float LEADER_SIZE = 0.7f;
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)\\b\\d+\\s*/\\s*\\d+\\s*$|\\bpage\\s+\\d+");
    private static final Pattern LIGATURES = Pattern.compile("[\\ufb00-\\ufb06]");
    private static final Pattern EDGE_BOLD_MARK = Pattern.compile("^\\*\\*|\\*\\*$");

    /** A PDF's text, and whether it was cut short because the PDF holds more glyphs than a CV can. */
    record PdfText(String text, boolean truncated) {
    }

    /** The text of the PDF; throws when it is not a readable PDF, also when PDFBox fails on a damaged one. */
    PdfText read(byte[] pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        Map<Integer, Float> heights = new HashMap<>();
        Map<Integer, List<Link>> links = new HashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            CidWidths.limit(document);
            PDFTextStripper stripper = new PDFTextStripper() {
                {
                    addOperator(new SetNonStrokingColorSpace(this));
                    addOperator(new SetNonStrokingColor(this));
                    addOperator(new SetNonStrokingColorN(this));
                    addOperator(new SetNonStrokingDeviceRGBColor(this));
                    addOperator(new SetNonStrokingDeviceGrayColor(this));
                    addOperator(new SetNonStrokingDeviceCMYKColor(this));
                }

                @Override
                protected void processTextPosition(TextPosition t) {
                    if (glyphs.size() >= MAX_GLYPHS || t.getUnicode() == null || t.getUnicode().isBlank()) {
                        return;
                    }
                    heights.put(getCurrentPageNo(), getCurrentPage().getMediaBox().getHeight());
                    String font = t.getFont() == null || t.getFont().getName() == null ? ""
                            : t.getFont().getName().toLowerCase(Locale.ROOT);
                    glyphs.add(new Glyph(getCurrentPageNo(), t.getXDirAdj(), t.getYDirAdj(),
                            t.getXDirAdj() + t.getWidthDirAdj(), Math.round(t.getFontSizeInPt() * 10) / 10f,
                            font.contains("bold") || font.contains("black") || font.contains("heavy")
                                    || font.contains("semibold"),
                            font.contains("italic") || font.contains("oblique"), colour(),
                            link(t.getXDirAdj() + t.getWidthDirAdj() / 2, t.getYDirAdj()), t.getUnicode()));
                }

                /** The URI of the link area the point lies in on the current page, or null. */
                private String link(float x, float y) {
                    List<Link> page = links.computeIfAbsent(getCurrentPageNo(), n -> links(getCurrentPage()));
                    for (Link area : page) {
                        if (x >= area.left() && x <= area.right() && y >= area.top() && y <= area.bottom() + 2) {
                            return area.uri();
                        }
                    }
                    return null;
                }

                /** The fill colour text is drawn in, as RGB, or -1 when it cannot be told. */
                private int colour() {
                    try {
                        return getGraphicsState().getNonStrokingColor().toRGB();
                    } catch (IOException | RuntimeException e) {
                        return -1;
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        } catch (RuntimeException e) {
            // PDFBox's own bugs on a damaged file (e.g. a NullPointerException for a broken predefined CMap).
            throw new IOException("it is damaged (PDFBox stopped with " + e.getClass().getSimpleName() + ")", e);
        }
        return new PdfText(write(lines(glyphs), heights), glyphs.size() >= MAX_GLYPHS);
    }

    /** A link area on a page, with top and bottom measured from the page's top, and where it leads. */
    private record Link(float left, float top, float right, float bottom, String uri) {
    }

    /** The page's links to URIs. */
    private static List<Link> links(PDPage page) {
        List<Link> out = new ArrayList<>();
        float height = page.getMediaBox().getHeight();
        try {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                        && uri.getURI() != null && link.getRectangle() != null) {
                    PDRectangle r = link.getRectangle();
                    out.add(new Link(r.getLowerLeftX(), height - r.getUpperRightY(), r.getUpperRightX(),
                            height - r.getLowerLeftY(), uri.getURI()));
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private static List<TextLine> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingInt(Glyph::page).thenComparing(Glyph::y).thenComparing(Glyph::x));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph g : sorted) {
            if (!current.isEmpty()) {
                Glyph first = current.get(0);
                if (g.page() != first.page() || Math.abs(g.y() - first.y()) > Math.max(first.size(), g.size()) * 0.45f) {
                    addWithoutLeaders(lines, current);
                    current = new ArrayList<>();
                }
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            addWithoutLeaders(lines, current);
        }
        return lines;
    }

    /**
     * Adds the line its glyphs make without the dots of a leader (dots set much smaller than the line's type, which
     * lead from a title to its date), so that the date reads again as a column set apart on the right.
     */
    private static void addWithoutLeaders(List<TextLine> lines, List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparing(Glyph::x));
        float size = 0;
        for (Glyph g : glyphs) {
            size = Math.max(size, g.size());
        }
        List<Glyph> kept = new ArrayList<>();
        int i = 0;
        while (i < glyphs.size()) {
            int end = i;
            while (end < glyphs.size() && leaderDot(glyphs.get(end), size)) {
                end++;
            }
            if (end > i) {
                i = end;
            } else {
                kept.add(glyphs.get(i));
                i++;
            }
        }
        if (!kept.isEmpty()) {
            lines.add(line(kept));
        }
    }

    private static boolean leaderDot(Glyph g, float lineSize) {
        return g.text().equals(".") && g.size() < lineSize * LEADER_SIZE;
    }

    private static TextLine line(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparing(Glyph::x));
        float size = 0;
        float right = 0;
        for (Glyph g : glyphs) {
            size = Math.max(size, g.size());
            right = Math.max(right, g.right());
        }
        return new TextLine(glyphs.get(0).page(), glyphs.get(0).x(), glyphs.get(0).y(), right, size, glyphs);
    }

    private static String write(List<TextLine> lines, Map<Integer, Float> heights) {
        if (lines.isEmpty()) {
            return "";
        }
        float body = bodySize(lines);
        int ink = bodyColour(lines);
        // a PDF that sets headings larger than the body has no need of colour to mark them
        float headingSize = headingSize(lines, body);
        boolean sizedHeadings = headingSize > 0;
        float margin = leftMargin(lines);
        float gap = lineGap(lines);
        float textRight = 0;
        for (TextLine l : lines) {
            textRight = Math.max(textRight, l.right());
        }
        StringBuilder out = new StringBuilder();
        TextLine previous = null;
        String previousText = "";
        boolean headed = false;
        for (int index = 0; index < lines.size(); index++) {
            TextLine l = lines.get(index);
            float height = heights.getOrDefault(l.page(), 842f);
            if ((l.y() > height * 0.94f || l.page() > 1 && l.y() < height * 0.07f) && runningHeader(l, lines.get(0))) {
                continue;
            }
            // an upright title that wraps with its right-aligned column on its last line is one entry head
            boolean columnBelow = previous != null && previous.page() == l.page()
                    && previous.mainEnd() == previous.glyphs().size() && l.mainEnd() < l.glyphs().size()
                    && continues(previous, l) && !l.glyphs().get(0).italic() && Math.abs(previous.x() - l.x()) < 1f
                    && previous.mainRight() + firstWordWidth(l) + body * 1.2f > l.columnLeft() - body * WIDE_GAP;
            if (previous != null && (l.page() != previous.page() || l.y() - previous.y() > gap * BLOCK_GAP
                    || entryHead(l) && !entryHead(previous) && !columnBelow)) {
                out.append('\n');
            }
            boolean label = labelRow(lines, index, (margin + textRight) / 2);
            String text = label ? labelled(l) : text(l);
            boolean rightAligned = l.x() > margin + (textRight - margin) * 0.4f && l.right() > textRight - body;
            if (rightAligned && previous != null && previous.page() == l.page() && l.y() - previous.y() < gap
                    && !out.isEmpty()) {
                out.setLength(out.length() - 1);
                out.append(" | ").append(text).append('\n');
                continue;
            }
            boolean sameBlock = previous != null && previous.page() == l.page()
                    && l.y() - previous.y() <= gap * BLOCK_GAP && l.x() > previous.x() - body * 0.3f
                    && Math.abs(previous.size() - l.size()) < 0.2f;
            // an upright line that wraps beside a right-aligned column fills the width left of that column (an
            // italic line under an entry's title, such as a degree, keeps to itself unless it is full)
            boolean beside = previous != null && previous.mainEnd() < previous.glyphs().size()
                    && continues(previous, l) && !l.glyphs().get(0).italic();
            boolean full = sameBlock && (columnBelow || previous.mainRight() + firstWordWidth(l) + body * 1.2f
                    > (beside ? previous.columnLeft() - body * WIDE_GAP : textRight));
            boolean sameStyle = sameBlock && (bold(previous) == bold(l) && italic(previous) == italic(l)
                    || full && continues(previous, l));
            boolean wrapped = sameBlock && sameStyle && !label
                    && (full || bold(l) && Math.abs(previous.x() - l.x()) < 1f) && !previousText.endsWith(".")
                    && !previousText.endsWith(":");
            // a line set close under the name, in the block of the name, is a headline, whatever its size
            boolean underName = previous != null && previous.size() >= body * 1.6f && out.length() >= 2
                    && out.charAt(out.length() - 2) != '\n';
            boolean heading = l.size() >= body * 1.6f || !underName && (sizedHeadings
                    && Math.abs(l.size() - headingSize) < 0.2f || !sizedHeadings && colouredHeading(l, body, ink));
            if (wrapped && !heading) {
                joinWrapped(out, text);
                previous = l;
                previousText = text;
                continue;
            }
            if (l.size() >= body * 1.6f) {
                out.append("# ").append(text.replace("**", ""));
            } else if (heading) {
                out.append("## ").append(text.replace("**", ""));
                headed = true;
            } else if (rightAligned) {
                out.append("| ").append(text);
            } else if (headed && l.x() > margin + body * 0.6f) {
                int level = l.x() > margin + body * 2.2f ? 1 : 0;
                out.append("  ".repeat(level)).append("- ").append(text);
            } else {
                out.append(text);
            }
            out.append('\n');
            previous = l;
            previousText = text;
        }
        return out.toString();
    }

    /**
     * True for a line at the top or bottom of a page that is a running header or footer: it holds a page number
     * ("2 / 4", "Page 2 of 4") or repeats the first line of the document (the name).
     */
    private static boolean runningHeader(TextLine l, TextLine first) {
        String text = text(l).replace("*", "");
        return PAGE_NUMBER.matcher(text).find() || text.startsWith(text(first).replace("*", ""));
    }

    /**
     * Appends a wrapped line to the line before it: before that line's right-aligned part (after {@code |}) if
     * it has one, and with emphasis of the same kind run together.
     */
    private static void joinWrapped(StringBuilder out, String text) {
        out.setLength(out.length() - 1);
        int lineStart = out.lastIndexOf("\n") + 1;
        String line = out.substring(lineStart);
        int bar = line.lastIndexOf(" | ");
        String head = bar > 0 ? line.substring(0, bar) : line;
        String tail = bar > 0 ? line.substring(bar) : "";
        String joined;
        if (head.endsWith("-") && !head.endsWith(" -")) {
            joined = head + text;
        } else if (head.endsWith("**") && text.startsWith("**") && !text.startsWith("***")) {
            joined = head.substring(0, head.length() - 2) + " " + text.substring(2);
        } else if (head.endsWith("*") && !head.endsWith("**") && text.startsWith("*") && !text.startsWith("**")) {
            joined = head.substring(0, head.length() - 1) + " " + text.substring(1);
        } else {
            joined = head + " " + text;
        }
        out.setLength(lineStart);
        out.append(joined).append(tail).append('\n');
    }

    /**
     * True when the line is a row of a label/details table: it starts with a bold label set apart from its
     * details by more than a space, and a neighbouring line's details start at the same x, left of the middle
     * (details further right are a right-aligned column, such as dates).
     */
    private static boolean labelRow(List<TextLine> lines, int index, float middle) {
        float column = detailsX(lines.get(index));
        if (column < 0 || column > middle) {
            return false;
        }
        for (int other : new int[] {index - 1, index + 1}) {
            if (other >= 0 && other < lines.size() && lines.get(other).page() == lines.get(index).page()
                    && Math.abs(detailsX(lines.get(other)) - column) < 1f) {
                return true;
            }
        }
        return false;
    }

    /** Where the details after a leading bold label start, or -1 when the line does not start so. */
    private static float detailsX(TextLine l) {
        List<Glyph> g = l.glyphs();
        int i = 0;
        while (i < g.size() && g.get(i).bold()) {
            i++;
        }
        if (i == 0 || i == g.size() || g.get(i).x() - g.get(i - 1).right() < g.get(i).size() * LABEL_GAP) {
            return -1;
        }
        return g.get(i).x();
    }

    /** A label/details row as the text importer reads one: {@code **Label:** details}. */
    private static String labelled(TextLine l) {
        List<Glyph> g = l.glyphs();
        int i = 0;
        while (g.get(i).bold()) {
            i++;
        }
        String label = EDGE_BOLD_MARK.matcher(text(line(new ArrayList<>(g.subList(0, i))))).replaceAll("");
        return "**" + (label.endsWith(":") ? label : label + ":") + "** "
                + text(line(new ArrayList<>(g.subList(i, g.size()))));
    }

    /** True for the head of an entry: a bold title with a column set apart on its right (a date, a place). */
    private static boolean entryHead(TextLine l) {
        return l.mainEnd() < l.glyphs().size() && bold(l);
    }

    /** True when the next line starts in the weight and slant in which the line's text before its column ends. */
    private static boolean continues(TextLine previous, TextLine l) {
        Glyph end = previous.glyphs().get(previous.mainEnd() - 1);
        Glyph start = l.glyphs().get(0);
        return end.bold() == start.bold() && end.italic() == start.italic();
    }

    /** True when the line's text before any right-aligned part is bold. */
    private static boolean bold(TextLine l) {
        return mainPartIs(l, Glyph::bold);
    }

    /** True when the line's text before any right-aligned part is italic. */
    private static boolean italic(TextLine l) {
        return mainPartIs(l, Glyph::italic);
    }

    private static boolean mainPartIs(TextLine l, java.util.function.Predicate<Glyph> style) {
        List<Glyph> g = l.glyphs();
        for (int i = 0; i < g.size(); i++) {
            if (i > 0 && wideGap(g.get(i - 1), g.get(i))) {
                return true;
            }
            if (!style.test(g.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** True for the first line of a list item: it starts with a capital, a digit or emphasis. */
    private static boolean startsItem(String text) {
        char c = text.isEmpty() ? ' ' : text.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '*' || c == '(' || c == '“';
    }

    /** The line's text: words split at gaps, a wide gap as {@code |}, bold and italic stretches marked. */
    private static String text(TextLine l) {
        StringBuilder out = new StringBuilder();
        String open = "";
        Glyph last = null;
        List<Glyph> glyphs = l.glyphs();
        int linkEnd = -1;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            String mark = g.bold() ? "**" : g.italic() ? "*" : "";
            boolean wide = last != null && wideGap(last, g);
            boolean space = last != null && g.x() - last.right() > g.size() * 0.18f;
            if (wide) {
                out.append(open).append(" | ");
                open = "";
                space = false;
            }
            if (!mark.equals(open)) {
                out.append(open);
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(mark);
                open = mark;
            }
            if (space) {
                out.append(' ');
            }
            if (linkEnd < i && g.link() != null && open.isEmpty()) {
                linkEnd = namedLinkEnd(glyphs, i);
                if (linkEnd >= i) {
                    out.append('[');
                }
            }
            out.append(LIGATURES.matcher(g.text()).find() ? Normalizer.normalize(g.text(), Normalizer.Form.NFKC)
                    : g.text());
            if (i == linkEnd) {
                out.append("](").append(g.link()).append(')');
            }
            last = g;
        }
        out.append(open);
        return out.toString().replace("** **", " ").replace("* *", " ").strip();
    }

    /**
     * True when a column gap separates two glyphs of a line: one wider than {@link #WIDE_GAP} font sizes, or, where
     * the weight or slant changes, wider than {@link #STYLE_GAP} (several spaces, as a right-aligned column
     * pushed close to a long bold title leaves).
     */
    private static boolean wideGap(Glyph before, Glyph after) {
        float gap = after.x() - before.right();
        return gap > after.size() * WIDE_GAP || gap > after.size() * STYLE_GAP
                && (before.bold() != after.bold() || before.italic() != after.italic());
    }

    /**
     * Where a run of plain glyphs linking to one web address ends, when its text names the link rather than
     * spelling the address ("Lab page" for https://lab.example.org/); else -1 (the text is the address).
     */
    private static int namedLinkEnd(List<Glyph> glyphs, int start) {
        String uri = glyphs.get(start).link();
        StringBuilder shown = new StringBuilder();
        int end = start;
        while (end < glyphs.size() && uri.equals(glyphs.get(end).link()) && !glyphs.get(end).bold()
                && !glyphs.get(end).italic() && (end == start || !wideGap(glyphs.get(end - 1), glyphs.get(end)))) {
            shown.append(glyphs.get(end).text());
            end++;
        }
        String bare = uri.toLowerCase(Locale.ROOT);
        boolean web = bare.startsWith("http://") || bare.startsWith("https://");
        String name = shown.toString();
        boolean address = name.contains("/") || name.contains("@") || bare.contains(name.toLowerCase(Locale.ROOT));
        return web && !address ? end - 1 : -1;
    }

    /** The width of the line's first word. */
    private static float firstWordWidth(TextLine l) {
        List<Glyph> g = l.glyphs();
        int i = 1;
        while (i < g.size() && g.get(i).x() - g.get(i - 1).right() < g.get(i).size() * 0.18f) {
            i++;
        }
        return g.get(i - 1).right() - l.x();
    }

    /** The left edge of the text: the smallest line start shared by several lines. */
    private static float leftMargin(List<TextLine> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (TextLine l : lines) {
            counts.merge(Math.round(l.x()), 1, Integer::sum);
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 3).map(Map.Entry::getKey)
                .min(Integer::compare).orElse(lines.isEmpty() ? 0 : Math.round(lines.get(0).x())) * 1f;
    }

    /**
     * True when the line is a section heading set in body-sized type: bold throughout, in one colour other than
     * the body text's, with no column gap.
     */
    private static boolean colouredHeading(TextLine l, float body, int ink) {
        int colour = l.glyphs().get(0).colour();
        if (colour == -1 || colour == ink || l.size() < body * 0.95f || l.mainEnd() < l.glyphs().size()) {
            return false;
        }
        return l.glyphs().stream().allMatch(g -> g.bold() && g.colour() == colour);
    }

    /** The colour most glyphs are drawn in. */
    private static int bodyColour(List<TextLine> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (TextLine l : lines) {
            for (Glyph g : l.glyphs()) {
                counts.merge(g.colour(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
    }

    /**
     * The size section headings are set in: of the lines larger than the body but smaller than a name, the size
     * most of them share (a headline under the name, in a size of its own, is not a heading); 0 when there is none.
     */
    private static float headingSize(List<TextLine> lines, float body) {
        Map<Float, Integer> counts = new HashMap<>();
        for (TextLine l : lines) {
            if (l.size() >= body * HEADING && l.size() < body * 1.6f) {
                counts.merge(l.size(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0f);
    }

    /** The most common glyph size, counted over lines. */
    private static float bodySize(List<TextLine> lines) {
        Map<Float, Integer> counts = new HashMap<>();
        for (TextLine l : lines) {
            counts.merge(l.size(), l.glyphs().size(), Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(10f);
    }

    /** The usual distance between consecutive baselines on a page. */
    private static float lineGap(List<TextLine> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).page() == lines.get(i - 1).page()) {
                gaps.add(lines.get(i).y() - lines.get(i - 1).y());
            }
        }
        if (gaps.isEmpty()) {
            return 12f;
        }
        gaps.sort(null);
        return gaps.get(gaps.size() / 3);
    }
}
