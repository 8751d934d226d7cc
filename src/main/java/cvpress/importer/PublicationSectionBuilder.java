package cvpress.importer;

import cvpress.model.Entry;
import cvpress.model.EntryDate;
import cvpress.model.EntryType;
import cvpress.model.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a publications section: splits its body into citation paragraphs (blank lines and bullets separate
 * them), reads each with {@link PublicationParser}, and joins the pieces converters put on lines of their own —
 * a title above its author list, a venue below it. Notes such as "(* means equal contribution)" are kept in the
 * summary of the publication they explain.
 */
final class PublicationSectionBuilder {

    private static final Pattern QUOTED_TITLE = Pattern.compile("[“\"][^”\"]{3,400}[”\"]");
    private static final Pattern SET_APART_YEAR = Pattern.compile("\\s+\\|\\s+((?:19|20)\\d{2})$");
    private static final Pattern SET_APART_MONTH = Pattern.compile(
            "\\s+\\|\\s+(\\p{Lu}\\p{Ll}{2,8}\\.?\\s+((?:19|20)\\d{2}))$");

    private final PublicationParser parser = new PublicationParser();
    private final BulletParser bullets = new BulletParser();
    private final DateRangeParser dates = new DateRangeParser();

    /** A publication being built. */
    private static final class Draft {
        final int line;
        String title;
        List<String> authors;
        String venue;
        EntryDate date;
        final List<String> notes = new ArrayList<>();

        Draft(int line) {
            this.line = line;
        }
    }

    /** The section, or null when its paragraphs are not citations (then it is built as other sections are). */
    Section build(String title, List<Line> body, String owner, List<ImportWarning> warnings) {
        Map<Integer, EntryDate> monthDates = new HashMap<>();
        List<Line> paragraphs = paragraphs(body, monthDates);
        List<Draft> drafts = new ArrayList<>();
        String pendingTitle = null;
        int pendingLine = 0;
        List<String> looseNotes = new ArrayList<>();
        List<Integer> looseLines = new ArrayList<>();
        for (Line p : paragraphs) {
            PublicationParser.Citation c = parser.parse(p.text(), owner);
            Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            if (c.hasAuthors()) {
                Draft d = new Draft(p.number());
                d.title = c.title();
                if (d.title == null && pendingTitle != null) {
                    d.title = pendingTitle;
                    pendingTitle = null;
                }
                if (pendingTitle != null) {
                    looseNotes.add(pendingTitle);
                    looseLines.add(pendingLine);
                    pendingTitle = null;
                }
                d.authors = c.authors();
                d.venue = c.venue();
                d.date = monthDates.getOrDefault(p.number(), c.date());
                if (c.note() != null) {
                    d.notes.add(c.note());
                }
                drafts.add(d);
                continue;
            }
            if (last != null && last.venue == null && PublicationParser.looksLikeVenue(p.text())) {
                PublicationParser.Citation v = parser.venueOnly(p.text());
                last.venue = v.venue();
                if (last.date == null) {
                    last.date = v.date();
                }
                if (v.note() != null) {
                    last.notes.add(v.note());
                }
                continue;
            }
            if (pendingTitle != null) {
                looseNotes.add(pendingTitle);
                looseLines.add(pendingLine);
            }
            pendingTitle = p.text();
            pendingLine = p.number();
        }
        if (pendingTitle != null) {
            looseNotes.add(pendingTitle);
            looseLines.add(pendingLine);
        }
        if (drafts.isEmpty() || drafts.size() < looseNotes.size()) {
            return null;
        }
        Draft marked = null;
        for (Draft d : drafts) {
            if (d.authors.stream().anyMatch(a -> a.indexOf(LineCleaner.LITERAL_STAR) >= 0
                    || a.replace("**", "").endsWith("*"))) {
                marked = d;
                break;
            }
        }
        int next = 0;
        for (int i = 0; i < looseNotes.size(); i++) {
            String note = looseNotes.get(i);
            while (next < drafts.size() - 1 && drafts.get(next).line < looseLines.get(i)) {
                next++;
            }
            Draft target = drafts.get(next);
            if (marked != null && (note.startsWith("(" + LineCleaner.LITERAL_STAR) || note.startsWith("(*"))) {
                target = marked;
            }
            target.notes.add(note);
            warnings.add(new ImportWarning(looseLines.get(i), "kept in the summary of a publication in \"" + title
                    + "\": " + EntryBuilder.shorten(note)));
        }
        List<Entry> entries = new ArrayList<>();
        for (Draft d : drafts) {
            String t = d.title;
            if (t == null || t.isBlank()) {
                t = d.venue == null ? "Untitled" : d.venue;
                warnings.add(new ImportWarning(d.line, "publication without a title in \"" + title + "\""));
            }
            List<String> authors = new ArrayList<>();
            for (String a : d.authors) {
                authors.add(LineCleaner.finish(a));
            }
            String summary = d.notes.isEmpty() ? null : LineCleaner.finish(String.join(" ", d.notes));
            entries.add(new Entry.Publication(LineCleaner.finish(t), authors, null, null,
                    LineCleaner.finish(d.venue), d.date == null ? EntryDate.NONE : d.date, summary, Map.of()));
        }
        return new Section(title, EntryType.PUBLICATION, entries);
    }

    /**
     * The body's paragraphs, each as one line of joined text with the number of its first line. A year set apart
     * at the end of a paragraph's first line ({@code Title | 2024}, a right-aligned year) moves to its end; a month
     * and year set apart so ({@code Title | Jul 2024}) moves its year there and goes into {@code monthDates} under the
     * paragraph's first line.
     */
    private List<Line> paragraphs(List<Line> body, Map<Integer, EntryDate> monthDates) {
        List<Line> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String year = null;
        int first = 0;
        for (Line line : body) {
            BulletParser.Bullet b = line.blank() ? null : bullets.parse(line);
            if (line.blank() || b != null) {
                if (text.length() > 0) {
                    out.add(new Line(first, 0, withYear(text, year), false));
                    text.setLength(0);
                    year = null;
                }
                if (b == null) {
                    continue;
                }
            }
            String t = b != null ? b.text() : line.text();
            if (text.length() > 0 && QUOTED_TITLE.matcher(t).find() && QUOTED_TITLE.matcher(text).find()) {
                out.add(new Line(first, 0, withYear(text, year), false));
                text.setLength(0);
                year = null;
            }
            if (text.length() == 0) {
                first = line.number();
                Matcher m = SET_APART_YEAR.matcher(t);
                Matcher month = SET_APART_MONTH.matcher(t);
                if (m.find()) {
                    year = m.group(1);
                    t = t.substring(0, m.start());
                } else if (month.find() && wholeDate(month.group(1)) != null) {
                    monthDates.put(first, wholeDate(month.group(1)));
                    year = month.group(2);
                    t = t.substring(0, month.start());
                }
            } else {
                text.append(' ');
            }
            text.append(t);
        }
        if (text.length() > 0) {
            out.add(new Line(first, 0, withYear(text, year), false));
        }
        return out;
    }

    /** The date the text is as a whole, or null. */
    private EntryDate wholeDate(String text) {
        DateRangeParser.DateMatch m = dates.find(text);
        return m != null && m.start() == 0 && m.end() == text.length() ? m.date() : null;
    }

    private static String withYear(StringBuilder text, String year) {
        return year == null ? text.toString() : text + " " + year;
    }
}
