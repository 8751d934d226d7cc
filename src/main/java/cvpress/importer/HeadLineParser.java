package cvpress.importer;

import cvpress.model.EntryDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line of an entry's head — an institution or company, a role, a degree, a place, a date, or a title
 * — or tells that the line is content (a sentence, a "Mentor: …" line) rather than part of a head. Emphasis
 * splits a line into its parts ({@code Research Intern **Kwai Inc. Y-Lab** **Oct 2018-Feb 2019**}); without it,
 * a leading role is split from the organisation after it ({@code Research Summer Intern IBM Thomas J. Watson
 * Research Center}).
 */
final class HeadLineParser {

    /** What a head line holds; every field is null when absent. {@code remainder} is text after the date. */
    record HeadLine(boolean content, boolean strong, String title, String org, String role, String degree,
                    String area, String location, EntryDate date, String remainder) {
    }

    /** Longer lines are content: no entry head is this long. */
    private static final int MAX_HEAD = 400;

    private static final Pattern DEGREE = Pattern.compile(
            "^(B\\.?\\s?A\\.?|B\\.?\\s?S\\.?c?\\.?|B\\.?\\s?E\\.?|B\\.?\\s?Eng\\.?|B\\.?\\s?Tech\\.?|M\\.?\\s?S\\.?c?\\.?"
                    + "|M\\.?\\s?A\\.?|M\\.?\\s?E\\.?|M\\.?\\s?Eng\\.?|M\\.?\\s?Tech\\.?|MBA|M\\.?\\s?Phil\\.?|Ph\\.?\\s?D\\.?"
                    + "|D\\.?\\s?Phil\\.?|Dr\\.\\s?(?:rer|phil|med|ing|sc|iur)\\.(?:\\s?(?:nat|pol|oec|techn|soc)\\.)?|Bachelor(?:'s)?(?: of [A-Z][a-z]+)?|Master(?:'s)?(?: of [A-Z][a-z]+)?"
                    + "|Doctor(?:ate)?(?: of [A-Z][a-z]+)?|Diploma|Diplom|Licen[cs]e|Laurea(?: Magistrale)?|Abitur|MD"
                    + "|J\\.?D\\.?|LL\\.?M\\.?|LL\\.?B\\.?|Magister|Dipl\\.-?[A-Z][a-z]*\\.?|Staatsexamen|BSc|MSc|BEng|MEng"
                    + "|B\\.Sc\\.|M\\.Sc\\.|High School(?: Diploma)?|A-Levels|Baccalaur[ée]at)(?=[\\s,:(]|$)");
    private static final Pattern BOLD_LABEL = Pattern.compile("^\\*\\*[^*:]{1,50}:\\*\\*\\s+\\S.*");
    private static final Pattern LABEL = Pattern.compile("^[^:]{1,30}:\\s+\\S.*");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*([^*]+)\\*\\*|(?<![*\\w])\\*([^*\\s][^*]*)\\*(?![*\\w])");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|—–⋄·•]\\s+|\\s{3,}");
    private static final Pattern AREA_LEAD = Pattern.compile("^(?:[,:–—-]\\s*|in\\s+|of\\s+)+");
    private static final Pattern TITLE_TAIL_LEAD = Pattern.compile("^[\\s,.;:–-]+");
    private static final Pattern ROLE_LINK = Pattern.compile("of|in|for");
    private static final Pattern TRAILING_COMMA = Pattern.compile(",$");
    private static final Pattern SLASH_OR_HYPHEN = Pattern.compile("[/-]");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[,;|–—-]\\s*|\\s*[,;|–—-]$");

    private final DateRangeParser dates = new DateRangeParser();
    private final LocationFinder places = new LocationFinder();

    /**
     * Reads a line; {@code strong} when it was written as a heading or in bold, {@code knownTitles} are titles
     * known from elsewhere in the CV (publication titles) that may start the line.
     */
    HeadLine parse(String text, boolean strong, KnownTitles knownTitles) {
        String t = text.strip();
        if (t.length() > MAX_HEAD) {
            return content(t);
        }
        if (t.startsWith("| ")) {
            String place = SectionDetector.stripEmphasis(t.substring(2));
            return new HeadLine(false, false, null, null, null, null, null, place, null, null);
        }
        int apart = t.lastIndexOf(" | ");
        DateRangeParser.DateMatch dm = apart > 0 ? dates.find(t, apart) : null;
        if (dm == null) {
            dm = dates.find(t);
        }
        boolean knownStart = knownTitles.startOf(t + "  ") != null || DEGREE.matcher(t).find();
        if (BOLD_LABEL.matcher(t).matches() || dm == null && !knownStart && !strong && isContent(t)) {
            return content(t);
        }
        String before = t;
        String remainder = null;
        EntryDate date = null;
        if (dm != null) {
            before = t.substring(0, dm.start()).strip();
            String after = t.substring(dm.end()).strip();
            if (before.endsWith("(") && after.startsWith(")")) {
                before = before.substring(0, before.length() - 1).strip();
                after = after.substring(1).strip();
            }
            date = dm.date();
            if (after.split(" ").length >= 3 && Character.isUpperCase(after.charAt(0))) {
                remainder = after;
            } else if (!after.isEmpty()) {
                before = (before + " " + after).strip();
            }
            if (!before.isEmpty() && !strong && !knownStart && isContent(before) && before.split(" ").length > 8) {
                return content(t);
            }
        }
        List<String> segments = segments(before);
        String title = null;
        String org = null;
        String role = null;
        String degree = null;
        String area = null;
        String location = null;
        for (String segment : segments) {
            String seg = segment;
            String known = knownTitles.startOf(seg);
            if (known != null) {
                title = join(title, known);
                seg = TITLE_TAIL_LEAD.matcher(seg.substring(known.length())).replaceAll("");
                if (seg.isEmpty()) {
                    continue;
                }
            }
            LocationFinder.Split split = places.split(seg);
            if (split.location() != null) {
                location = join(location, split.location());
                seg = split.rest();
                if (seg.isEmpty()) {
                    continue;
                }
                if (!OrgWords.isOrganisation(seg) && roleEnd(seg.split(" ")) < 0 && !DEGREE.matcher(seg).find()) {
                    org = join(org, seg);
                    continue;
                }
            }
            Matcher dg = DEGREE.matcher(seg);
            if (dg.find() && degree == null) {
                degree = dg.group(1).strip();
                String rest = AREA_LEAD.matcher(seg.substring(dg.end()).strip()).replaceFirst("").strip();
                int comma = rest.lastIndexOf(", ");
                String school = comma < 0 ? "" : rest.substring(comma + 2).strip();
                if (comma > 0 && org == null && !DEGREE.matcher(school).find() && (OrgWords.isOrganisation(school)
                        || SectionDetector.isTitleCase(school) && school.split(" ").length <= 6)) {
                    org = school;
                    rest = rest.substring(0, comma).strip();
                }
                if (!rest.isEmpty()) {
                    area = rest;
                }
                continue;
            }
            String[] words = seg.split(" ");
            int end = roleEnd(words);
            if (end >= 0 && end + 2 < words.length && ROLE_LINK.matcher(words[end + 1]).matches()) {
                for (int k = end + 2; k < words.length && k <= end + 4; k++) {
                    if (words[k].endsWith(",")) {
                        end = k;
                        break;
                    }
                }
            }
            String after = end < 0 ? "" : String.join(" ", java.util.Arrays.copyOfRange(words, end + 1, words.length));
            boolean company = !after.isEmpty() && (OrgWords.isOrganisation(after)
                    || words.length - end - 1 == 1 && Character.isUpperCase(after.charAt(0)));
            boolean whole = end == words.length - 1 || end >= 0 && words[end].endsWith(",") && !company;
            if (end >= 0 && role == null && (whole || company)) {
                role = whole ? seg : TRAILING_COMMA.matcher(
                        String.join(" ", java.util.Arrays.copyOfRange(words, 0, end + 1))).replaceAll("");
                if (!whole) {
                    org = join(org, after);
                }
                continue;
            }
            if (OrgWords.isOrganisation(seg) && org == null) {
                org = seg;
            } else {
                title = join(title, seg);
            }
        }
        return new HeadLine(false, strong, title, org, role, degree, area, location, date, remainder);
    }

    private static HeadLine content(String t) {
        return new HeadLine(true, false, t, null, null, null, null, null, null, null);
    }

    /** True for a line that is content rather than part of an entry's head: a sentence, a label line. */
    static boolean isContent(String t) {
        if (t.isEmpty()) {
            return false;
        }
        if (LABEL.matcher(t).matches() && !DEGREE.matcher(t).find()) {
            return true;
        }
        char first = t.charAt(0);
        if (Character.isLowerCase(first)) {
            return true;
        }
        String[] words = t.split(" ");
        if (words.length > 16) {
            return true;
        }
        String lastWord = OrgWords.bare(words[words.length - 1]);
        boolean sentenceEnd = t.endsWith(".") || t.endsWith("!") || t.endsWith("?");
        if (sentenceEnd && !OrgWords.isOrganisationWord(lastWord) && (words.length > 4
                || words.length >= 3 && (t.contains(", ") || hasLowerCaseWord(words)))) {
            return true;
        }
        int capital = 0;
        int counted = 0;
        for (String w : words) {
            String b = w.replace("**", "").replace("*", "");
            if (b.isEmpty() || !Character.isLetter(b.charAt(0)) || b.length() <= 3 && b.equals(b.toLowerCase())) {
                continue;
            }
            counted++;
            if (Character.isUpperCase(b.charAt(0))) {
                capital++;
            }
        }
        return counted > 3 && capital * 2 < counted;
    }

    private static boolean hasLowerCaseWord(String[] words) {
        for (String w : words) {
            if (w.length() > 3 && Character.isLowerCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** The index of the last word of a leading role ("Research Summer Intern"), or -1. */
    static int roleEnd(String[] words) {
        int last = -1;
        for (int i = 0; i < words.length && i < 7; i++) {
            String w = words[i];
            if (OrgWords.isOrganisationWord(w) && !OrgWords.bare(w).equals("research")
                    && !OrgWords.bare(w).equals("software")) {
                break;
            }
            if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))
                    || w.equals("of") || w.equals("and") || w.equals("&") || w.equals("graduate"))) {
                break;
            }
            for (String part : SLASH_OR_HYPHEN.split(w)) {
                if (OrgWords.isRoleWord(part) || OrgWords.isRoleWord(w)) {
                    last = i;
                }
            }
            if (w.endsWith(",") && last == i) {
                break;
            }
        }
        return last;
    }

    /** The line split at its emphasis (bold and italic stretches) and at spaced separators ({@code |}, {@code —}). */
    static List<String> segments(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = EMPHASIS.matcher(text);
        int last = 0;
        while (m.find()) {
            addSplit(out, text.substring(last, m.start()));
            add(out, m.group(1) != null ? m.group(1) : m.group(2));
            last = m.end();
        }
        addSplit(out, text.substring(last));
        return out;
    }

    private static void addSplit(List<String> out, String piece) {
        for (String p : SEPARATOR.split(piece)) {
            add(out, p);
        }
    }

    private static void add(List<String> out, String piece) {
        String p = EDGE_PUNCTUATION.matcher(piece.strip()).replaceAll("").strip();
        if (p.endsWith(":")) {
            p = p.substring(0, p.length() - 1).strip();
        }
        if (!p.isEmpty()) {
            out.add(p);
        }
    }

    private static String join(String a, String b) {
        return a == null ? b : a + ", " + b;
    }
}
