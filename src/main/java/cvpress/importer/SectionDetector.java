package cvpress.importer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises section headings in every shape converters leave them — {@code #}…{@code ####} markdown,
 * {@code **bold**}-only lines, ALL-CAPS lines, short Title Case lines, and a heading that starts a line and runs
 * into its content ({@code **Education** University of Washington Seattle, WA}, {@code Research Interests
 * Machine learning systems, …}). A heading is a section when its words are those CVs use for sections
 * ("Research Experience", "HONORS AND AWARDS"); other heading-shaped lines are entry titles.
 */
final class SectionDetector {

    /** A section heading: its title in Title Case as written, and the text that ran on after it ("" if none). */
    record Heading(String title, String rest) {
    }

    /** Nouns that name what a section holds; a section title has at least one. */
    private static final Set<String> HEAD_NOUNS = Set.of("education", "experience", "experiences", "employment",
            "publications", "publication", "papers", "preprints", "articles", "talks", "presentations", "awards",
            "award", "honors", "honours", "honor", "skills", "skill", "interests", "interest", "projects", "project",
            "teaching", "service", "services", "activities", "summary", "profile", "objective", "objectives",
            "evaluation", "languages", "certifications", "certificates", "references", "referees", "leadership",
            "grants", "funding", "patents", "coursework", "courses", "background", "conferences", "memberships",
            "hobbies", "qualifications", "achievements", "positions", "appointments", "supervision", "mentoring",
            "outreach", "software", "technologies", "tools", "volunteering", "extracurricular", "internships",
            "affiliations", "reviewing", "contact", "scholarships", "fellowships", "distinctions", "exhibitions",
            "theses", "thesis", "bibliography", "history", "training", "workshops", "seminars", "overview",
            "expertise", "competencies", "strengths", "accomplishments", "responsibilities", "miscellaneous",
            "misc", "other", "assistantships", "prizes", "recognition", "research", "work", "career", "details",
            "information", "involvement", "collaborations", "students", "press", "media", "statement", "about",
            "abilities", "proficiencies", "interessen", "ausbildung", "berufserfahrung", "kenntnisse",
            "sprachen", "formation", "expérience", "compétences", "langues", "publikationen", "studies");

    /** Words that qualify a head noun in a section title. */
    private static final Set<String> MODIFIERS = Set.of(
            "research", "academic", "professional", "industry", "industrial", "work", "selected", "invited",
            "relevant", "technical", "computer", "programming", "personal", "other", "additional", "key", "core",
            "recent", "self", "teaching", "community", "university", "administrative", "editorial", "peer",
            "review", "journal", "conference", "refereed", "career", "related", "scientific", "language",
            "computing", "and", "&", "of", "in", "the", "for", "with", "a", "an", "to", "my", "major", "main",
            "previous", "current", "ongoing", "honors", "awards", "service", "services", "leadership", "software",
            "skills", "interests", "experience", "education", "publications", "projects", "activities", "grants",
            "talks", "presentations", "department", "departmental", "volunteer", "voluntary", "international",
            "national", "internship", "employment", "working", "contact", "general", "special", "honours",
            "prizes", "fellowships", "scholarships", "funding", "patents", "media", "press", "workshop",
            "synergistic", "outreach", "student", "graduate", "doctoral", "postdoctoral", "extra", "curricular",
            "technology", "tools", "and/or", "languages", "certifications", "open", "source", "science",
            "open-source", "public", "publication", "summary", "training", "information", "details", "data",
            "machine", "learning", "areas", "area", "fields", "field", "topics", "list", "full", "all",
            "beruflicher", "werdegang", "persönliche", "daten");

    /** Head nouns that also qualify other words ("Research Assistant"), so they never end a run-in heading. */
    private static final Set<String> WEAK_FINAL = Set.of("research", "work", "teaching", "other", "service",
            "project", "skill", "award", "honor", "interest", "software", "contact", "training", "press", "media",
            "details", "information", "students", "career", "history");

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "in", "of",
            "on", "or", "the", "to", "with", "from", "&", "und", "et", "de");

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*(.*?)\\s*#*$");
    private static final Pattern LEADING_HASHES = Pattern.compile("^#+\\s*");
    private static final Pattern BOLD_ONLY = Pattern.compile("^\\*\\*([^*]+?):?\\*\\*:?$");
    private static final Pattern BOLD_RUN_IN = Pattern.compile("^\\*\\*([^*:]{2,60}?)\\*\\*\\s+([^:\\s].*)$");
    private static final Pattern CAPITALS_LINE = Pattern.compile("\\p{Lu}{3,}(?:\\s+(?:&|AND|OF|\\p{Lu}{2,})){0,3}");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[\\s/,]+");
    /** A word of a section title: what lies between the separators. */
    private static final Pattern WORD = Pattern.compile("[^\\s/,]+");
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s*");
    private static final Pattern TRAILING_COLON = Pattern.compile(":$");
    private static final Pattern ITALIC_WHOLE = Pattern.compile("^\\*(.*)\\*$");
    private static final Pattern TEACHING_ASSISTANT_OR_CV = Pattern.compile(
            "teaching assistant(ships?)?|curriculum vitae");

    /** The section heading this line is, or null. Only call on lines that are not bullets. */
    Heading detect(String text) {
        if (text.isEmpty() || text.length() > 200) {
            return null;
        }
        Matcher m = MARKDOWN_HEADING.matcher(text);
        if (m.matches()) {
            String inner = stripEmphasis(m.group(1));
            return isSectionTitle(inner) ? new Heading(titleCase(inner), "") : null;
        }
        m = BOLD_ONLY.matcher(text);
        if (m.matches()) {
            return isSectionTitle(m.group(1)) ? new Heading(titleCase(m.group(1).strip()), "") : null;
        }
        m = BOLD_RUN_IN.matcher(text);
        if (m.matches()) {
            return isSectionTitle(m.group(1)) ? new Heading(titleCase(m.group(1).strip()), m.group(2)) : null;
        }
        String plain = text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
        if (isSectionTitle(plain) && (isAllCaps(plain) || isTitleCase(plain))) {
            return new Heading(titleCase(plain), "");
        }
        return runIn(text);
    }

    /** A line of one to four capitalised words, no organisation among them, read as a heading, or null. */
    Heading capitalsHeading(String text) {
        String t = TRAILING_COLON.matcher(stripEmphasis(stripHeadingMark(text))).replaceAll("");
        if (!CAPITALS_LINE.matcher(t).matches() || OrgWords.isOrganisation(t)) {
            return null;
        }
        return new Heading(titleCase(t), "");
    }

    /** A heading of two or more section words at the start of a line, followed by capitalised content. */
    private Heading runIn(String text) {
        String[] words = text.split(" ");
        int end = 0;
        int best = 0;
        while (end < words.length && end < 6) {
            String w = normalise(words[end]);
            if (!HEAD_NOUNS.contains(w) && !MODIFIERS.contains(w)) {
                break;
            }
            end++;
            if (HEAD_NOUNS.contains(w) && !WEAK_FINAL.contains(w) && end >= 2
                    && Character.isUpperCase(words[0].charAt(0))) {
                best = end;
            }
        }
        if (best < 2 || best >= words.length) {
            return null;
        }
        String next = words[best];
        if (!Character.isUpperCase(next.charAt(0)) && !next.startsWith("**") || OrgWords.isRoleWord(next)) {
            return null;
        }
        String title = String.join(" ", java.util.Arrays.copyOfRange(words, 0, best));
        if (!isTitleCase(title) && !isAllCaps(title)) {
            return null;
        }
        return new Heading(titleCase(title), text.substring(title.length()).strip());
    }

    /** True when every word of the text is one CVs use in section titles and one of them names the content. */
    static boolean isSectionTitle(String text) {
        String t = stripEmphasis(text).strip();
        if (t.isEmpty() || t.length() > 60) {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (TEACHING_ASSISTANT_OR_CV.matcher(lower).matches()) {
            return lower.startsWith("teaching");
        }
        // Words are read one at a time, so that most lines stop at their first word; they count as splitting at
        // the separators would: a separator that starts the text stands after an empty first word.
        int count = WORD_SEPARATOR.matcher(lower).lookingAt() ? 1 : 0;
        boolean head = false;
        Matcher words = WORD.matcher(lower);
        while (words.find()) {
            if (++count > 6) {
                return false;
            }
            String w = normalise(words.group());
            if (w.isEmpty()) {
                continue;
            }
            if (HEAD_NOUNS.contains(w)) {
                head = true;
            } else if (!MODIFIERS.contains(w)) {
                return false;
            }
        }
        return head;
    }

    private static String normalise(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int start = 0;
        int end = w.length();
        while (start < end && !Character.isLetterOrDigit(w.charAt(start)) && w.charAt(start) != '&') {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(w.charAt(end - 1)) && w.charAt(end - 1) != '&') {
            end--;
        }
        return w.substring(start, end);
    }

    /** {@code text} without the markdown heading mark (one to six '#') that starts it and the spaces after it. */
    static String stripHeadingMark(String text) {
        return HEADING_MARK.matcher(text).replaceAll("");
    }

    /** {@code text} without the run of '#' that starts it and the spaces after them. */
    static String stripHashes(String text) {
        return LEADING_HASHES.matcher(text).replaceAll("");
    }

    static String stripEmphasis(String text) {
        return ITALIC_WHOLE.matcher(text.replace("**", "")).replaceAll("$1").strip();
    }

    static boolean isAllCaps(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isUpperCase(c);
        }
        return letter;
    }

    /** True when every word but the small ones starts with a capital (or is not a word). */
    static boolean isTitleCase(String text) {
        for (String w : text.split(" ")) {
            if (w.isEmpty() || SMALL_WORDS.contains(w)) {
                continue;
            }
            char c = w.charAt(0);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** The title as the author wrote it, or in Title Case when written in capitals ("RESEARCH INTEREST"). */
    static String titleCase(String text) {
        String t = TRAILING_COLON.matcher(stripEmphasis(text)).replaceAll("").strip();
        if (!isAllCaps(t)) {
            return t;
        }
        StringBuilder out = new StringBuilder();
        String[] words = t.split(" ");
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            if (i > 0) {
                out.append(' ');
            }
            if (i > 0 && SMALL_WORDS.contains(lower)) {
                out.append(lower);
            } else {
                out.append(capitalise(lower));
            }
        }
        return out.toString();
    }

    private static String capitalise(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '/';
        }
        return out.toString();
    }
}
