package cvpress.importer;

import cvpress.model.EntryDate;
import cvpress.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a citation as CVs write it — {@code Authors. “Title,” venue, year.}, or title, author list and venue
 * run together or on lines of their own — into title, authors (split into a list, equal-contribution marks
 * kept, the owner written {@code **Name**}), venue, year and notes such as "Spotlight" or "[coming soon to
 * Arxiv]".
 */
final class PublicationParser {

    /** The parts of one citation; null where absent. */
    record Citation(String title, List<String> authors, String venue, EntryDate date, String note) {
        boolean hasAuthors() {
            return !authors.isEmpty();
        }
    }

    private static final String STAR = String.valueOf(LineCleaner.LITERAL_STAR);
    private static final Pattern AUTHORS_YEAR = Pattern.compile("\\s*\\(((?:19|20)\\d{2})[a-z]?\\)\\.?$");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.\\s?-?){1,3}");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{3,400}?)[”\"]");
    private static final Pattern NAME_WORD = Pattern.compile(
            "^(?:\\*\\*)?(?:[A-Z][\\p{L}'’–-]*\\.?|[A-Z]\\.(?:-?[A-Z]\\.)*|\\p{Lu}[\\p{L}'’–-]*)(?:\\*\\*)?[*†‡§¶" + STAR + "\\d]*,?$");
    private static final Pattern PARTICLE = Pattern.compile("^(?:van|von|de|der|den|da|di|del|la|le|du|dos|bin|al)$");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})(?![\\d])");
    private static final Pattern SHORT_YEAR = Pattern.compile("[‘’']\\s?(\\d{2})\\b");
    private static final Pattern TRAILING_NOTES = Pattern.compile(
            "(?:\\s*(?:\\((?:\\*\\*|\\*|" + STAR + ")[^()]{1,120}\\)|\\[[^\\[\\]]{1,120}\\]))+\\s*$");
    private static final Pattern MONTH_DAY_END = Pattern.compile(
            "\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?(?:\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?)?$");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*([^*]+)\\*(?![*\\w])");
    private static final Pattern VENUE_WORDS = Pattern.compile(
            "(?i)\\b(conference|symposium|journal|proceedings|workshop|transactions|arxiv|preprint|letters|review"
                    + "|press|in submission|under review|submitted|accepted|to appear|magazine|ieee|acm|usenix)\\b");
    private static final Pattern AUTHORS_END = Pattern.compile("[.,:;]+$");
    private static final Pattern TITLE_END = Pattern.compile("[,.]+$");
    private static final Pattern VENUE_LEAD = Pattern.compile("^[.,:;]+");
    private static final Pattern COMMA_SPACE = Pattern.compile(", ");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s.,;]");
    private static final Pattern YEAR_LEAD_END = Pattern.compile("[\\s.,;(]+$");
    private static final Pattern PUNCTUATION_END = Pattern.compile("[\\s.,;]+$");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile(",\\s*|\\s+and\\s+|\\s*&\\s*");
    private static final Pattern LEADING_AND = Pattern.compile("^and\\s+");
    private static final Pattern TRAILING_STARS = Pattern.compile("[*" + STAR + "]+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern GIVEN_INITIALS = Pattern.compile("\\p{L}\\.(?:-?\\p{L}\\.)*");
    private static final Pattern INITIAL = Pattern.compile("[A-Z]\\.");
    private static final Pattern INITIAL_OR_LETTER = Pattern.compile("[A-Z]\\.?");

    /** Reads one citation paragraph. */
    Citation parse(String text, String ownerName) {
        String t = text.strip();
        Matcher q = QUOTED.matcher(t);
        if (q.find() && q.start() > 0) {
            String authors = AUTHORS_END.matcher(t.substring(0, q.start()).strip()).replaceAll("").strip();
            Matcher year = AUTHORS_YEAR.matcher(authors);
            String yearText = null;
            if (year.find()) {
                yearText = year.group(1);
                authors = authors.substring(0, year.start()).strip();
            }
            List<String> names = splitAuthors(authors, ownerName);
            if (!names.isEmpty()) {
                String title = TITLE_END.matcher(q.group(1).strip()).replaceAll("").strip();
                String rest = VENUE_LEAD.matcher(t.substring(q.end()).strip()).replaceAll("").strip();
                Citation c = withVenue(title, names, rest);
                if (yearText != null) {
                    String venue = c.venue() == null ? yearText : c.venue() + " (" + yearText + ")";
                    return withVenue(title, names, venue);
                }
                return c;
            }
        }
        List<String> pieces = List.of(COMMA_SPACE.split(t));
        int bestStart = -1;
        int bestEnd = -1;
        int i = 0;
        while (i < pieces.size()) {
            int j = i;
            while (j < pieces.size() && isFullName(pieces.get(j))) {
                j++;
            }
            if (j - i > bestEnd - bestStart) {
                bestStart = i;
                bestEnd = j;
            }
            i = j + 1;
        }
        if (bestStart < 0 || bestEnd == bestStart) {
            for (int k = 1; k < pieces.size() && (bestStart < 0 || bestEnd == bestStart); k++) {
                if (nameSuffix(pieces.get(k - 1).split(" ")) > 0 && namePrefix(pieces.get(k).split(" ")) > 0) {
                    bestStart = k;
                    bestEnd = k;
                }
            }
        }
        if (bestStart < 0 || bestEnd == bestStart && (bestStart == 0 || bestStart >= pieces.size())) {
            return isOwner(t, ownerName) ? new Citation(null, splitAuthors(t, ownerName), null, null, null)
                    : new Citation(t, List.of(), null, null, null);
        }
        List<String> authorPieces = new ArrayList<>(pieces.subList(bestStart, bestEnd));
        String title = null;
        if (bestStart > 0) {
            String left = String.join(", ", pieces.subList(0, bestStart - 1));
            String[] words = pieces.get(bestStart - 1).split(" ");
            int take = nameSuffix(words);
            if (take > 0) {
                authorPieces.add(0, String.join(" ", java.util.Arrays.copyOfRange(words, words.length - take, words.length)));
                String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - take));
                title = left.isEmpty() ? head : left + ", " + head;
            } else {
                title = left.isEmpty() ? pieces.get(bestStart - 1) : left + ", " + pieces.get(bestStart - 1);
            }
        }
        String venue = null;
        if (bestEnd < pieces.size()) {
            String[] words = pieces.get(bestEnd).split(" ");
            int take = namePrefix(words);
            String restOfPiece = String.join(" ", java.util.Arrays.copyOfRange(words, take, words.length));
            if (take > 0) {
                authorPieces.add(String.join(" ", java.util.Arrays.copyOfRange(words, 0, take)));
            }
            List<String> restPieces = new ArrayList<>();
            if (!restOfPiece.isEmpty()) {
                restPieces.add(restOfPiece);
            }
            restPieces.addAll(pieces.subList(bestEnd + 1, pieces.size()));
            venue = String.join(", ", restPieces);
        }
        if (authorPieces.size() < 2 && authorPieces.stream().noneMatch(a -> isOwner(a, ownerName) || a.contains("**"))) {
            return new Citation(t, List.of(), null, null, null);
        }
        List<String> names = splitAuthors(String.join(", ", authorPieces), ownerName);
        return withVenue(title == null || title.isBlank() ? null : EntryBuilder.unbold(title.replace("** **", " ")),
                names, venue == null ? "" : venue);
    }

    /** Reads a venue paragraph that follows a citation on its own (a venue, its year, its notes). */
    Citation venueOnly(String text) {
        return withVenue(null, List.of(), text);
    }

    /** True for a paragraph that reads as a venue ("USENIX Symposium on … (NSDI '25)") rather than a title. */
    static boolean looksLikeVenue(String text) {
        return VENUE_WORDS.matcher(text).find() || text.startsWith("In:") || text.startsWith("in ");
    }

    private Citation withVenue(String title, List<String> authors, String rest) {
        String venue = rest.strip();
        String note = null;
        Matcher notes = TRAILING_NOTES.matcher(venue);
        if (notes.find()) {
            note = unwrap(notes.group().strip());
            venue = venue.substring(0, notes.start()).strip();
        }
        EntryDate date = null;
        Matcher y = YEAR.matcher(venue);
        String year = null;
        int yearStart = -1;
        while (y.find()) {
            year = y.group(1);
            yearStart = y.start();
        }
        if (year != null) {
            date = new EntryDate.On(new PartialDate(Integer.parseInt(year), 0, 0));
            String after = PUNCTUATION.matcher(venue.substring(yearStart + 4)).replaceAll("");
            String before = YEAR_LEAD_END.matcher(venue.substring(0, yearStart)).replaceAll("");
            if (after.isEmpty() && !MONTH_DAY_END.matcher(before).find()) {
                venue = PUNCTUATION_END.matcher(venue.substring(0, yearStart).strip()).replaceAll("").strip();
            }
        } else {
            Matcher s = SHORT_YEAR.matcher(venue);
            if (s.find()) {
                date = new EntryDate.On(new PartialDate(2000 + Integer.parseInt(s.group(1)) > 2060
                        ? 1900 + Integer.parseInt(s.group(1)) : 2000 + Integer.parseInt(s.group(1)), 0, 0));
            }
        }
        venue = PUNCTUATION_END.matcher(ITALIC.matcher(venue).replaceAll("$1")).replaceAll("").strip();
        return new Citation(title, authors, venue.isEmpty() ? null : venue, date, note);
    }

    /** A note without the parentheses and bold around it: "(**Long talk**)" is "Long talk". */
    private static String unwrap(String note) {
        String n = note;
        if (n.startsWith("(") && n.endsWith(")") && n.indexOf(')') == n.length() - 1) {
            n = n.substring(1, n.length() - 1).strip();
        }
        return EntryBuilder.unbold(n);
    }

    /** Splits an author list at commas and "and", marking the owner {@code **Name**}; empty when not names. */
    static List<String> splitAuthors(String text, String ownerName) {
        List<String> pieces = new ArrayList<>();
        for (String piece : AUTHOR_SEPARATOR.split(text)) {
            String p = LEADING_AND.matcher(piece.strip()).replaceFirst("");
            if (p.isEmpty()) {
                continue;
            }
            if (INITIALS.matcher(p).matches() && !pieces.isEmpty()
                    && !pieces.get(pieces.size() - 1).contains(", ")) {
                pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + ", " + p);
            } else {
                pieces.add(p);
            }
        }
        List<String> out = new ArrayList<>();
        for (String p : pieces) {
            out.add(markOwner(p, ownerName));
        }
        return out;
    }

    private static String markOwner(String author, String ownerName) {
        if (author.startsWith("**") || ownerName == null || ownerName.isBlank()) {
            return author;
        }
        int end = author.length();
        while (end > 0 && "*†‡§¶#0123456789".indexOf(author.charAt(end - 1)) >= 0
                || end > 0 && author.charAt(end - 1) == LineCleaner.LITERAL_STAR) {
            end--;
        }
        String name = author.substring(0, end).strip();
        return sameName(name, ownerName) ? "**" + name + "**" + author.substring(end) : author;
    }

    private static boolean isOwner(String text, String ownerName) {
        return ownerName != null && !ownerName.isBlank() && sameName(TRAILING_STARS.matcher(text.replace("**", ""))
                .replaceAll("").strip(), ownerName);
    }

    /** True when the author is the owner: the same name, or the owner's name with given names as initials. */
    static boolean sameName(String author, String owner) {
        String a = WHITESPACE.matcher(author).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        int comma = a.indexOf(", ");
        if (comma > 0) {
            a = a.substring(comma + 2) + " " + a.substring(0, comma);
        }
        String o = WHITESPACE.matcher(owner).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        if (a.equals(o)) {
            return true;
        }
        String[] aw = a.split(" ");
        String[] ow = o.split(" ");
        if (aw.length < 2 || ow.length < 2 || !aw[aw.length - 1].equals(ow[ow.length - 1])
                || !GIVEN_INITIALS.matcher(aw[0]).matches()) {
            return false;
        }
        return aw[0].charAt(0) == ow[0].charAt(0);
    }

    private static boolean isFullName(String piece) {
        String p = LEADING_AND.matcher(piece.strip()).replaceFirst("");
        String[] words = p.split(" ");
        if (words.length < 1 || words.length > 4 || p.isEmpty()) {
            return false;
        }
        if (words.length == 1 && !p.contains("**")) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!NAME_WORD.matcher(words[k]).matches() && !(k > 0 && PARTICLE.matcher(words[k]).matches())) {
                return false;
            }
        }
        return true;
    }

    /** How many words at the end of the title-and-name piece are the first author's name (0 if none). */
    private static int nameSuffix(String[] words) {
        int n = words.length;
        if (n < 2 || !NAME_WORD.matcher(words[n - 1]).matches() || !NAME_WORD.matcher(words[n - 2]).matches()) {
            return words[n - 1].startsWith("**") && NAME_WORD.matcher(words[n - 1]).matches() ? 1 : 0;
        }
        if (words[n - 2].startsWith("**") || !words[n - 1].endsWith("**") && words[n - 2].startsWith("**")) {
            return 2;
        }
        if (n >= 3 && (INITIAL.matcher(words[n - 2]).matches() || PARTICLE.matcher(words[n - 2]).matches())
                && NAME_WORD.matcher(words[n - 3]).matches()) {
            return 3;
        }
        if (n >= 3 && words[n - 1].endsWith("**") && words[n - 3].startsWith("**")) {
            return 3;
        }
        return 2;
    }

    /** How many words at the start of the last name-and-venue piece are the last author's name (0 if none). */
    private static int namePrefix(String[] words) {
        int k = 0;
        while (k < words.length && k < 4 && (NAME_WORD.matcher(words[k]).matches()
                || k > 0 && PARTICLE.matcher(words[k]).matches())) {
            if (words[k].startsWith("*") && !words[k].startsWith("**")) {
                break;
            }
            k++;
            if (k >= 2 && !(k < words.length && INITIAL_OR_LETTER.matcher(words[k]).matches())
                    && !(k < words.length && INITIAL.matcher(words[k - 1]).matches())) {
                break;
            }
        }
        return k >= 2 ? k : 0;
    }
}
