package cvpress.importer;

import cvpress.model.CustomConnection;
import cvpress.model.Cv;
import cvpress.model.Entry;
import cvpress.model.EntryDate;
import cvpress.model.EntryDetails;
import cvpress.model.Highlight;
import cvpress.model.Section;
import cvpress.model.SocialNetwork;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a CV as the YAML record, RenderCV-compatible and deterministic: keys in a fixed order, sections in
 * the order of the CV, empty values left out, and a value quoted only where YAML (1.1 or 1.2) would otherwise
 * read it as something else — {@code NO}, {@code 012}, {@code on}, {@code - x}, {@code a: b}, {@code #}, a
 * leading {@code *} or {@code [}. A highlight with sub-bullets is written RenderCV's way, as continuation lines
 * starting with {@code - }.
 */
public final class CvYamlWriter {

    private static final Set<String> SPECIAL = Set.of("null", "~", "true", "false", "yes", "no", "on", "off", "y",
            "n", ".inf", "-.inf", "+.inf", ".nan");
    private static final Pattern NUMBER = Pattern.compile(
            "[-+]?(?:\\d[\\d_]*(?:\\.\\d*)?(?:[eE][-+]?\\d+)?|\\.\\d+(?:[eE][-+]?\\d+)?|0x[0-9a-fA-F_]+|0o[0-7_]+"
                    + "|0b[01_]+|\\d+(?::[0-5]?\\d)+(?:\\.\\d*)?)");
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{4}-\\d{1,2}(?:-\\d{1,2})?(?:[Tt ].*)?");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u2028\\u2029\\u0085]+");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private final StringBuilder out = new StringBuilder();

    private CvYamlWriter() {
    }

    /** The YAML text of a CV, its first line the comment {@code # imported from SOURCE by cvpress VERSION}. */
    public static String write(Cv cv, String source, String version) {
        CvYamlWriter w = new CvYamlWriter();
        w.out.append("# imported from ").append(oneLine(source)).append(" by cvpress ").append(oneLine(version))
                .append('\n');
        w.cv(cv);
        return w.out.toString();
    }

    private void cv(Cv cv) {
        out.append("cv:\n");
        scalar(2, "name", cv.name() == null ? "" : cv.name(), true);
        scalar(2, "headline", cv.headline(), false);
        scalar(2, "location", cv.location(), false);
        stringOrList(2, "email", cv.emails());
        stringOrList(2, "phone", cv.phones());
        stringOrList(2, "website", cv.websites());
        if (!cv.socialNetworks().isEmpty()) {
            out.append("  social_networks:\n");
            for (SocialNetwork n : cv.socialNetworks()) {
                out.append("    - network: ").append(quote(n.network())).append('\n');
                out.append("      username: ").append(quote(n.username())).append('\n');
            }
        }
        if (!cv.customConnections().isEmpty()) {
            out.append("  custom_connections:\n");
            for (CustomConnection c : cv.customConnections()) {
                out.append("    - placeholder: ").append(quote(c.placeholder())).append('\n');
                out.append("      url: ").append(quote(c.url())).append('\n');
            }
        }
        if (cv.sections().isEmpty()) {
            return;
        }
        out.append("  sections:\n");
        for (Section s : cv.sections()) {
            out.append("    ").append(quote(s.title())).append(":\n");
            for (Entry e : s.entries()) {
                entry(e);
            }
        }
    }

    private void entry(Entry entry) {
        int in = 8;
        if (entry instanceof Entry.Text t) {
            out.append("      - ").append(quote(t.text())).append('\n');
        } else if (entry instanceof Entry.Bullet b) {
            first("bullet", b.bullet());
        } else if (entry instanceof Entry.Numbered n) {
            first("number", n.number());
        } else if (entry instanceof Entry.ReversedNumbered r) {
            first("reversed_number", r.reversedNumber());
        } else if (entry instanceof Entry.OneLine o) {
            first("label", o.label());
            scalar(in, "details", o.details(), true);
        } else if (entry instanceof Entry.Normal n) {
            first("name", n.name());
            details(n.details());
        } else if (entry instanceof Entry.Experience x) {
            first("company", x.company());
            scalar(in, "position", x.position(), true);
            details(x.details());
        } else if (entry instanceof Entry.Education e) {
            first("institution", e.institution());
            scalar(in, "area", e.area(), true);
            scalar(in, "degree", e.degree(), false);
            details(e.details());
        } else if (entry instanceof Entry.Publication p) {
            first("title", p.title());
            out.append(" ".repeat(in)).append("authors:\n");
            for (String a : p.authors()) {
                out.append(" ".repeat(in + 2)).append("- ").append(quote(a)).append('\n');
            }
            scalar(in, "journal", p.journal(), false);
            date(in, p.date());
            scalar(in, "doi", p.doi(), false);
            scalar(in, "url", p.url(), false);
            scalar(in, "summary", p.summary(), false);
        }
    }

    private void first(String key, String value) {
        out.append("      - ").append(key).append(": ").append(quote(value == null ? "" : value)).append('\n');
    }

    private void details(EntryDetails d) {
        int in = 8;
        date(in, d.date());
        scalar(in, "location", d.location(), false);
        scalar(in, "summary", d.summary(), false);
        if (!d.highlights().isEmpty()) {
            out.append(" ".repeat(in)).append("highlights:\n");
            for (Highlight h : d.highlights()) {
                highlight(in + 2, h);
            }
        }
    }

    private void highlight(int in, Highlight h) {
        String pad = " ".repeat(in);
        if (h.children().isEmpty()) {
            out.append(pad).append("- ").append(quote(h.text())).append('\n');
            return;
        }
        boolean plain = isPlain(h.text()) && h.children().stream().allMatch(CvYamlWriter::isPlainContinuation);
        if (plain) {
            out.append(pad).append("- ").append(h.text()).append('\n');
            for (String c : h.children()) {
                out.append(pad).append("  - ").append(c).append('\n');
            }
            return;
        }
        out.append(pad).append("- |-\n");
        out.append(pad).append("  ").append(oneLine(h.text())).append('\n');
        for (String c : h.children()) {
            out.append(pad).append("  - ").append(oneLine(c)).append('\n');
        }
    }

    private void date(int in, EntryDate date) {
        String pad = " ".repeat(in);
        if (date instanceof EntryDate.Text t) {
            scalar(in, "date", t.text(), false);
        } else if (date instanceof EntryDate.On on) {
            out.append(pad).append("date: ").append(on.date()).append('\n');
        } else if (date instanceof EntryDate.Span span) {
            out.append(pad).append("start_date: ").append(span.start()).append('\n');
            out.append(pad).append("end_date: ").append(span.end() == null ? "present" : span.end().toString())
                    .append('\n');
        }
    }

    private void stringOrList(int in, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        if (values.size() == 1) {
            scalar(in, key, values.get(0), false);
            return;
        }
        out.append(" ".repeat(in)).append(key).append(":\n");
        for (String v : values) {
            out.append(" ".repeat(in + 2)).append("- ").append(quote(v)).append('\n');
        }
    }

    private void scalar(int in, String key, String value, boolean always) {
        if (value == null && !always) {
            return;
        }
        out.append(" ".repeat(in)).append(key).append(": ").append(quote(value == null ? "" : value)).append('\n');
    }

    /** The value as a YAML scalar: plain when YAML reads it back as the same string, else quoted. */
    static String quote(String value) {
        if (isPlain(value)) {
            return value;
        }
        boolean printable = value.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f && c != 0x85
                && !(c >= 0x80 && c < 0xa0) && c != 0x2028 && c != 0x2029 && c != 0xfeff);
        if (printable) {
            return "'" + value.replace("'", "''") + "'";
        }
        StringBuilder b = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                        b.append(String.format("\\u%04x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }

    /** True when the value can be written without quotes and read back as the same string. */
    static boolean isPlain(String v) {
        if (v.isEmpty() || !v.strip().equals(v) || v.length() > 2000) {
            return false;
        }
        char c = v.charAt(0);
        if (INDICATORS.indexOf(c) >= 0) {
            return false;
        }
        if (v.contains(": ") || v.contains(" #") || v.endsWith(":") || v.contains("\t")) {
            return false;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (SPECIAL.contains(lower) || NUMBER.matcher(v).matches() || DATE_LIKE.matcher(v).matches()) {
            return false;
        }
        return v.codePoints().allMatch(cp -> cp >= 0x20 && cp != 0x7f && !(cp >= 0x80 && cp < 0xa0)
                && cp != 0x2028 && cp != 0x2029 && cp != 0xfeff && cp != 0x85);
    }

    private static boolean isPlainContinuation(String child) {
        return isPlain("x " + child) && !child.isEmpty() && !child.startsWith("#");
    }

    private static String oneLine(String s) {
        return LINE_BREAKS.matcher(s).replaceAll(" ");
    }
}
