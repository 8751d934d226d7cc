package cvpress.importer;

import cvpress.model.Entry;
import cvpress.model.EntryDate;
import cvpress.model.EntryDetails;
import cvpress.model.EntryType;
import cvpress.model.Highlight;
import cvpress.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a section's entries from its lines: head lines (institution or company, role, degree, place, date — on
 * one line or several, in any order) start entries, bullets and sentences below them become highlights, and a
 * section without heads becomes a list (one-line "Label: details" entries, dated entries, grouped entries,
 * bullets or paragraphs). The entry type follows what the heads hold: degrees make education, roles at
 * organisations make experience, anything else is a normal entry.
 */
final class EntryBuilder {


    private final ParagraphJoiner joiner = new ParagraphJoiner();
    private final HeadLineParser heads = new HeadLineParser();
    private final ListSectionBuilder lists;

    /** A builder; {@code typeset} when the text came from a PDF (see {@link ListSectionBuilder}). */
    EntryBuilder(boolean typeset) {
        lists = new ListSectionBuilder(typeset);
    }

    /** An entry being built. */
    private static final class Draft {
        final int line;
        final List<String> titles = new ArrayList<>();
        String org;
        String role;
        String degree;
        String area;
        String location;
        EntryDate date;
        boolean strong;
        BulletParser.Node roleBullet;
        final BulletParser.TreeBuilder tree = new BulletParser.TreeBuilder();

        Draft(int line) {
            this.line = line;
        }

        boolean headless() {
            return titles.isEmpty() && org == null && role == null && degree == null && location == null
                    && date == null;
        }

        boolean floating() {
            return titles.isEmpty() && org == null && date == null && tree.isEmpty();
        }
    }

    /** Builds one section; warnings about what was kept without a clear place go to {@code warnings}. */
    Section build(String title, List<Line> body, KnownTitles knownTitles, List<ImportWarning> warnings) {
        List<ParagraphJoiner.Item> items = joiner.items(body);
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (int i = 0; i < items.size(); i++) {
            ParagraphJoiner.Item item = items.get(i);
            if (item.bullet() != null) {
                if (current == null) {
                    current = new Draft(item.line());
                    drafts.add(current);
                }
                boolean role = !current.headless() && current.role == null && current.tree.isEmpty()
                        && isRoleOnly(item.bullet().text());
                BulletParser.Node node = current.tree.add(item.bullet(), item.line(), item.afterBlank());
                if (role) {
                    current.role = item.bullet().text();
                    current.roleBullet = node;
                }
                continue;
            }
            current = place(item, item.text(), current, drafts, knownTitles,
                    i + 1 < items.size() && items.get(i + 1).bullet() != null);
        }
        return toSection(title, drafts, warnings);
    }

    /** Places a paragraph: as a head line (several, when a date inside it ends one entry's head), or as content. */
    private Draft place(ParagraphJoiner.Item item, String paragraph, Draft current, List<Draft> drafts, KnownTitles knownTitles,
                        boolean bulletNext) {
        Draft d = current;
        String text = paragraph;
        while (text != null) {
            HeadLineParser.HeadLine hl = heads.parse(text, item.strong(), knownTitles);
            if (hl.content() || d != null && d.strong && !hl.strong() && onlyTitle(hl) && !d.headless()) {
                if (d == null) {
                    d = new Draft(item.line());
                    drafts.add(d);
                }
                d.tree.addText(text, item.line(), item.afterBlank());
                return d;
            }
            if (d != null && !d.headless() && !d.tree.isEmpty() && d.role == null && onlyRole(hl) && bulletNext) {
                d.role = hl.role();
                return d;
            }
            if (startsNew(d, hl)) {
                d = new Draft(item.line());
                drafts.add(d);
            }
            fill(d, hl);
            text = hl.remainder();
        }
        return d;
    }

    private static boolean startsNew(Draft d, HeadLineParser.HeadLine hl) {
        if (d == null) {
            return true;
        }
        if (d.headless()) {
            return !d.tree.isEmpty();
        }
        if (hl.strong()) {
            return !d.floating();
        }
        boolean onlyDate = hl.date() != null && hl.title() == null && hl.org() == null && hl.role() == null
                && hl.degree() == null;
        if (onlyDate && d.date == null) {
            return false;
        }
        if (!d.tree.isEmpty()) {
            return true;
        }
        boolean schoolOfDegree = hl.degree() != null && d.degree == null;
        return hl.org() != null && d.org != null && !schoolOfDegree || hl.role() != null && d.role != null
                || hl.degree() != null && d.degree != null || hl.date() != null && d.date != null
                || hl.location() != null && d.location != null
                || hl.title() != null && !d.titles.isEmpty() && d.date != null;
    }

    private static void fill(Draft d, HeadLineParser.HeadLine hl) {
        d.strong |= hl.strong();
        if (hl.title() != null) {
            d.titles.add(hl.title());
        }
        if (hl.org() != null) {
            d.org = d.org == null ? hl.org() : d.org + ", " + hl.org();
        }
        if (hl.role() != null) {
            d.role = d.role == null ? hl.role() : d.role + ", " + hl.role();
        }
        if (hl.degree() != null && d.degree == null) {
            d.degree = hl.degree();
            d.area = hl.area();
        } else if (hl.degree() != null) {
            d.titles.add(hl.area() == null ? hl.degree() : hl.degree() + " " + hl.area());
        }
        if (hl.location() != null) {
            d.location = d.location == null ? hl.location() : d.location + "; " + hl.location();
        }
        if (hl.date() != null && d.date == null) {
            d.date = hl.date();
        } else if (hl.date() != null) {
            d.titles.add(written(hl.date()));
        }
    }

    private static boolean onlyRole(HeadLineParser.HeadLine hl) {
        return hl.role() != null && hl.title() == null && hl.org() == null && hl.degree() == null
                && hl.date() == null && hl.location() == null;
    }

    private static boolean onlyTitle(HeadLineParser.HeadLine hl) {
        return hl.title() != null && hl.org() == null && hl.role() == null && hl.degree() == null
                && hl.date() == null && hl.location() == null;
    }

    private static boolean isRoleOnly(String text) {
        String[] words = text.split(" ");
        return words.length <= 6 && !text.endsWith(".") && !text.contains(":")
                && HeadLineParser.roleEnd(words) == words.length - 1;
    }

    private Section toSection(String title, List<Draft> drafts, List<ImportWarning> warnings) {
        boolean anyHead = drafts.stream().anyMatch(d -> !d.headless());
        if (!anyHead) {
            List<BulletParser.Node> roots = new ArrayList<>();
            for (Draft d : drafts) {
                roots.addAll(d.tree.roots());
            }
            return lists.build(title, roots);
        }
        List<Draft> headed = new ArrayList<>();
        List<BulletParser.Node> pending = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.headless()) {
                if (headed.isEmpty()) {
                    pending.addAll(d.tree.roots());
                } else {
                    headed.get(headed.size() - 1).tree.roots().addAll(d.tree.roots());
                }
                for (BulletParser.Node n : d.tree.roots()) {
                    warnings.add(new ImportWarning(n.line, "kept as a highlight of a neighbouring entry in \""
                            + title + "\": " + shorten(n.text)));
                }
            } else {
                if (!pending.isEmpty()) {
                    d.tree.roots().addAll(0, pending);
                    pending.clear();
                }
                headed.add(d);
            }
        }
        if (headed.stream().allMatch(EntryBuilder::titleOnly)) {
            List<Entry> texts = new ArrayList<>();
            for (Draft d : headed) {
                for (String t : d.titles) {
                    texts.add(new Entry.Text(clean(t)));
                }
            }
            return new Section(title, EntryType.TEXT, texts);
        }
        long degrees = headed.stream().filter(d -> d.degree != null).count();
        long roles = headed.stream().filter(d -> d.role != null).count();
        boolean institutions = headed.stream().allMatch(d -> d.org != null || !d.titles.isEmpty());
        if (degrees * 2 >= headed.size() && institutions) {
            List<Entry> entries = new ArrayList<>();
            for (Draft d : headed) {
                entries.add(education(d));
            }
            if (entries.stream().allMatch(e -> !((Entry.Education) e).area().isEmpty())) {
                return new Section(title, EntryType.EDUCATION, entries);
            }
        }
        boolean positions = headed.stream().allMatch(d -> d.role != null || d.org != null && !d.titles.isEmpty());
        if (roles * 2 >= headed.size() && institutions && positions) {
            List<Entry> entries = new ArrayList<>();
            for (Draft d : headed) {
                entries.add(experience(d));
            }
            return new Section(title, EntryType.EXPERIENCE, entries);
        }
        List<Entry> entries = new ArrayList<>();
        for (Draft d : headed) {
            entries.add(normal(d));
        }
        return new Section(title, EntryType.NORMAL, entries);
    }

    /** True for a draft that is only lines of text without any part of an entry head or any bullets. */
    private static boolean titleOnly(Draft d) {
        return d.org == null && d.role == null && d.degree == null && d.location == null && d.date == null
                && d.tree.isEmpty();
    }

    private Entry education(Draft d) {
        List<String> extra = new ArrayList<>(d.titles);
        String institution = d.org;
        if (institution == null) {
            institution = extra.remove(0);
        }
        String area = d.area;
        String degree = d.degree;
        if (area == null) {
            area = degree != null ? degree : extra.isEmpty() ? "" : extra.remove(0);
            degree = null;
        }
        if (d.role != null) {
            extra.add(0, d.role);
        }
        return new Entry.Education(clean(institution), clean(area), clean(degree), details(d, extra));
    }

    private Entry experience(Draft d) {
        List<String> extra = new ArrayList<>(d.titles);
        String company = d.org;
        if (company == null) {
            company = extra.remove(0);
        }
        String position = d.role;
        if (position == null) {
            position = extra.remove(0);
        }
        if (d.degree != null) {
            extra.add(d.area == null ? d.degree : d.degree + " " + d.area);
        }
        return new Entry.Experience(clean(company), clean(position), details(d, extra));
    }

    private Entry normal(Draft d) {
        List<String> parts = new ArrayList<>(d.titles);
        if (d.role != null) {
            parts.add(d.titles.isEmpty() ? 0 : parts.size(), d.role);
        }
        if (d.degree != null) {
            parts.add(d.area == null ? d.degree : d.degree + " " + d.area);
        }
        String location = d.location;
        if (d.org != null) {
            if (parts.isEmpty()) {
                parts.add(d.org);
            } else if (location == null) {
                location = d.org;
            } else {
                parts.add(d.org);
            }
        }
        if (parts.isEmpty()) {
            parts.add(location != null ? location : written(d.date));
            location = location != null && parts.get(0).equals(location) ? null : location;
        }
        String name = parts.remove(0);
        return new Entry.Normal(clean(name), details(d, parts, location));
    }

    /** A date as a reader would write it, for an entry that has nothing else to be named by. */
    private static String written(EntryDate date) {
        if (date instanceof EntryDate.Text t) {
            return t.text();
        }
        if (date instanceof EntryDate.On on) {
            return on.date().toString();
        }
        if (date instanceof EntryDate.Span s) {
            return s.start() + " – " + (s.end() == null ? "present" : s.end().toString());
        }
        return "";
    }

    private EntryDetails details(Draft d, List<String> summaryParts) {
        return details(d, summaryParts, d.location);
    }

    private EntryDetails details(Draft d, List<String> summaryParts, String location) {
        List<BulletParser.Node> roots = new ArrayList<>(d.tree.roots());
        int at = d.roleBullet == null ? -1 : roots.indexOf(d.roleBullet);
        if (at >= 0) {
            roots.remove(at);
            roots.addAll(at, d.roleBullet.children);
        }
        List<String> summary = new ArrayList<>();
        for (String s : summaryParts) {
            summary.add(clean(s));
        }
        return new EntryDetails(d.date == null ? EntryDate.NONE : d.date, clean(location),
                summary.isEmpty() ? null : String.join("; ", summary), highlights(roots), Map.of());
    }

    static List<Highlight> highlights(List<BulletParser.Node> roots) {
        List<Highlight> out = new ArrayList<>();
        for (BulletParser.Node n : BulletParser.fitTwoLevels(roots)) {
            List<String> children = new ArrayList<>();
            for (BulletParser.Node c : n.children) {
                children.add(LineCleaner.finish(c.text));
            }
            out.add(new Highlight(LineCleaner.finish(n.text), children));
        }
        return out;
    }

    static String unbold(String text) {
        String t = text.strip();
        if (t.startsWith("**") && t.endsWith("**") && t.length() > 4 && t.indexOf("**", 2) == t.length() - 2) {
            return t.substring(2, t.length() - 2).strip();
        }
        return t;
    }

    static String clean(String text) {
        return text == null ? null : LineCleaner.finish(text.strip());
    }

    static String shorten(String text) {
        String t = LineCleaner.finish(text);
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }
}
