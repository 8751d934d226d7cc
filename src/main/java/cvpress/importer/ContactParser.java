package cvpress.importer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import cvpress.model.SocialNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the contact details of a CV's header lines: e-mail addresses (also inside {@code [x](mailto:x)}), phone
 * numbers, websites, and GitHub, LinkedIn, ORCID, Google Scholar and similar links as social networks. Pieces
 * are separated by {@code ⋄}, {@code |}, {@code ·}, {@code •} or labels such as {@code Email:}; what is not a
 * contact detail is returned as leftover text.
 */
final class ContactParser {

    /** What one header line held. */
    record Contact(List<String> emails, List<String> phones, List<String> websites,
                   List<SocialNetwork> socialNetworks, List<String> leftovers) {
    }

    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]{0,200})\\]\\(([^)\\s]{1,300})\\)");
    /** An address the record accepts: dot-separated local parts, host labels that start and end alphanumeric. */
    private static final Pattern EMAIL = Pattern.compile("[\\w+-]{1,64}(?:\\.[\\w+-]{1,64}){0,8}@"
            + "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?){1,8}");
    private static final Pattern URL = Pattern.compile(
            "(?:https?://)?(?:www\\.)?[\\w-]{1,63}(?:\\.[\\w-]{1,63}){0,6}\\.(?:com|org|net|io|edu|ac\\.[a-z]{2}"
                    + "|de|uk|cn|fr|ch|nl|me|dev|ai|app|page|info|gov|eu|[a-z]{2})(?![\\w-])(?:/[^\\s|⋄·•,;)]*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("(?<![\\w])\\+?\\(?\\d[\\d ().-]{6,18}\\d(?![\\w])");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)\\b(?:e-?mail|phone|tel|mobile|cell|website|homepage|home page|web|url|github|linkedin|orcid"
                    + "|google scholar|scholar|address|twitter)\\s*:\\s*");
    private static final Pattern YEAR_RANGE = Pattern.compile("(19|20)\\d{2}\\s*[-.]\\s*(19|20)\\d{2}");
    private static final Pattern ORCID = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");
    private static final Pattern SCHOLAR = Pattern.compile("(?i)^scholar\\.google\\.[a-z.]{2,10}/citations\\?[^\\s]*?user=([\\w-]+)");
    private static final Pattern LINK_LABEL = Pattern.compile(
            "(?i)(?:github|gitlab|linkedin|orcid|google scholar|scholar|twitter|x|website|homepage|home page|web"
                    + "|portfolio|blog|e-?mail|mail|cv|researchgate|stack ?overflow|bluesky|mastodon)");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[⋄|·•◆♦]|\\s{2,}|\\s[-–]\\s)\\s*");
    private static final Pattern WITH_SCHEME = Pattern.compile("(?i)https?://.*");
    private static final Pattern SCHEME = Pattern.compile("(?i)^https?://");
    private static final Pattern WWW = Pattern.compile("(?i)^www\\.");
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.]+$");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");

    /** The contact details of one header line, or null when it holds none. */
    Contact parse(String text) {
        List<String> emails = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        List<String> websites = new ArrayList<>();
        List<SocialNetwork> networks = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        Matcher link = MD_LINK.matcher(text);
        int last = 0;
        while (link.find()) {
            rest.append(text, last, link.start());
            String target = link.group(2);
            String shown = link.group(1);
            rest.append(' ').append(target.startsWith("mailto:") || target.startsWith("tel:")
                    ? target.substring(target.indexOf(':') + 1) : target);
            if (!shown.isBlank() && !target.endsWith(shown) && !LINK_LABEL.matcher(shown).matches()) {
                rest.append(" ⋄ ").append(shown);
            }
            rest.append(' ');
            last = link.end();
        }
        rest.append(text.substring(last));
        String s = LABEL.matcher(rest.toString().replace("**", "")).replaceAll(" ⋄ ");
        s = take(EMAIL, s, emails);
        List<String> urls = new ArrayList<>();
        s = take(URL, s, urls);
        for (String url : urls) {
            SocialNetwork network = network(url);
            if (network != null && network.network().equals("ORCID") && !isOrcid(network.username())) {
                network = null;
            }
            String web = WITH_SCHEME.matcher(url).matches() ? url : "https://" + url;
            if (network != null) {
                networks.add(network);
            } else if (hasHost(web)) {
                websites.add(web);
            } else {
                s = s + " ⋄ " + url;
            }
        }
        List<String> numbers = new ArrayList<>();
        s = take(PHONE, s, numbers);
        for (String number : numbers) {
            if (isPhone(number.strip())) {
                phones.add(number.strip());
            } else {
                s = s + " ⋄ " + number;
            }
        }
        List<String> leftovers = new ArrayList<>();
        for (String piece : SEPARATORS.split(s)) {
            String p = piece.strip();
            if (!p.isEmpty() && p.chars().anyMatch(Character::isLetterOrDigit)) {
                leftovers.add(p);
            }
        }
        if (emails.isEmpty() && phones.isEmpty() && websites.isEmpty() && networks.isEmpty()) {
            return null;
        }
        return new Contact(emails, phones, websites, networks, leftovers);
    }

    /** True when the address parses as a URL with a host name. */
    private static boolean hasHost(String url) {
        try {
            String host = new java.net.URI(url).getHost();
            return host != null && host.contains(".");
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /**
     * True for a number a phone can have: 7 to 15 digits that libphonenumber finds possible (US when no +) as a
     * whole number, not a local one without its area code, which the record's validation refuses.
     */
    private static boolean isPhone(String number) {
        long digits = number.chars().filter(Character::isDigit).count();
        if (digits < 7 || digits > 15 || YEAR_RANGE.matcher(number).matches()) {
            return false;
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            return util.isPossibleNumberWithReason(util.parse(number, "US"))
                    == PhoneNumberUtil.ValidationResult.IS_POSSIBLE;
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** True for an ORCID iD whose check digit is right (ISO 7064 MOD 11-2). */
    static boolean isOrcid(String id) {
        if (!ORCID.matcher(id).matches()) {
            return false;
        }
        String digits = id.replace("-", "");
        int total = 0;
        for (int i = 0; i < 15; i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int check = (12 - total % 11) % 11;
        return digits.charAt(15) == (check == 10 ? 'X' : (char) ('0' + check));
    }

    private static String take(Pattern pattern, String s, List<String> found) {
        Matcher m = pattern.matcher(s);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            found.add(TRAILING_DOTS.matcher(m.group()).replaceAll(""));
            out.append(s, last, m.start()).append(" ⋄ ");
            last = m.end();
        }
        out.append(s.substring(last));
        return out.toString();
    }

    /** The social network a profile URL belongs to, or null. */
    static SocialNetwork network(String url) {
        String u = WWW.matcher(SCHEME.matcher(url).replaceFirst("")).replaceFirst("");
        String lower = u.toLowerCase(Locale.ROOT);
        String[][] known = {
                {"github.com/", "GitHub"}, {"gitlab.com/", "GitLab"}, {"linkedin.com/in/", "LinkedIn"},
                {"orcid.org/", "ORCID"}, {"twitter.com/", "X"}, {"x.com/", "X"},
                {"researchgate.net/profile/", "ResearchGate"}, {"stackoverflow.com/users/", "StackOverflow"},
                {"youtube.com/@", "YouTube"}, {"instagram.com/", "Instagram"}, {"bsky.app/profile/", "Bluesky"}};
        for (String[] k : known) {
            if (lower.startsWith(k[0])) {
                String user = TRAILING_SLASHES.matcher(u.substring(k[0].length())).replaceAll("");
                if (!user.isEmpty() && !user.contains("/")) {
                    return new SocialNetwork(k[1], user);
                }
            }
        }
        Matcher scholar = SCHOLAR.matcher(u);
        if (scholar.find()) {
            return new SocialNetwork("Google Scholar", scholar.group(1));
        }
        return null;
    }
}
