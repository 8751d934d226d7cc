package cvpress.render;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a publication's author list as HTML, wrapping the CV owner in {@code <span class="owner">}.
 *
 * <p>An author is the owner when written {@code **Name**} or {@code *Name*} (RenderCV's convention) or when the
 * name equals the owner's, ignoring case, accents and spacing. Equal-contribution marks after a name
 * ({@code *}, {@code †}, {@code ‡}, {@code §}, {@code ¶}, {@code #}) stay after it. Other authors go through
 * inline markdown. Authors are joined with ", ". Instances are immutable and thread-safe.
 */
final class AuthorList {

    private static final Pattern EMPHASISED = Pattern.compile("(\\*\\*|\\*)([^*]+)\\1([*†‡§¶#\\s]*)");
    private static final String MARK_CHARACTERS = "*†‡§¶#";
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String ownerKey;
    private final InlineMarkdown md;

    /** {@code ownerName} may be null or blank, in which case only emphasised authors are marked. */
    AuthorList(String ownerName, InlineMarkdown md) {
        this.ownerKey = ownerName == null || ownerName.isBlank() ? null : key(ownerName);
        this.md = md;
    }

    /** The authors as one HTML fragment, e.g. {@code A. Smith, <span class="owner">Jane Doe</span>†}. */
    String toHtml(List<String> authors) {
        StringBuilder out = new StringBuilder();
        for (String author : authors) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(author(author.strip()));
        }
        return out.toString();
    }

    private String author(String author) {
        Matcher emphasised = EMPHASISED.matcher(author);
        if (emphasised.matches()) {
            return owner(emphasised.group(2).strip(), emphasised.group(3));
        }
        int nameEnd = author.length();
        while (nameEnd > 0 && (MARK_CHARACTERS.indexOf(author.charAt(nameEnd - 1)) >= 0
                || Character.isWhitespace(author.charAt(nameEnd - 1)))) {
            nameEnd--;
        }
        String name = author.substring(0, nameEnd);
        if (ownerKey != null && !name.isEmpty() && key(name).equals(ownerKey)) {
            return owner(name, author.substring(nameEnd));
        }
        return md.toHtml(author);
    }

    private String owner(String name, String marks) {
        return "<span class=\"owner\">" + InlineMarkdown.escapeHtml(md.toPlainText(name)) + "</span>"
                + InlineMarkdown.escapeHtml(marks.strip());
    }

    private static String key(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        String bare = ACCENTS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(bare).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
