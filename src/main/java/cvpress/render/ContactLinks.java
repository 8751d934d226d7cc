package cvpress.render;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import cvpress.model.CustomConnection;
import cvpress.model.Cv;
import cvpress.model.SocialNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a CV's contact data (e-mail, phone, website, social networks, custom connections, DOIs) into links
 * whose text and target are plain strings (the caller escapes them). Instances are immutable and thread-safe.
 */
final class ContactLinks {

    /**
     * One link: the text shown, its target, and its kind ({@code email}, {@code phone}, {@code website},
     * {@code custom}, {@code doi}, or the network in lower case with hyphens, e.g. {@code google-scholar}).
     */
    record Link(String text, String href, String kind) {
    }

    /** RenderCV's URL prefixes (the username is appended), keyed by lower-case network name. */
    private static final Map<String, String> PROFILE_PREFIXES = Map.ofEntries(
            Map.entry("linkedin", "https://linkedin.com/in/"),
            Map.entry("github", "https://github.com/"),
            Map.entry("gitlab", "https://gitlab.com/"),
            Map.entry("imdb", "https://imdb.com/name/"),
            Map.entry("instagram", "https://instagram.com/"),
            Map.entry("orcid", "https://orcid.org/"),
            Map.entry("stackoverflow", "https://stackoverflow.com/users/"),
            Map.entry("researchgate", "https://researchgate.net/profile/"),
            Map.entry("youtube", "https://youtube.com/@"),
            Map.entry("google scholar", "https://scholar.google.com/citations?user="),
            Map.entry("telegram", "https://t.me/"),
            Map.entry("leetcode", "https://leetcode.com/u/"),
            Map.entry("x", "https://x.com/"),
            Map.entry("bluesky", "https://bsky.app/profile/"),
            Map.entry("reddit", "https://reddit.com/user/"));
    private static final Pattern MASTODON = Pattern.compile("@?([^@\\s]+)@([^@\\s/]+)");
    private static final Pattern DOI_PREFIX = Pattern.compile("^(?i)(https?://(dx\\.)?doi\\.org/|doi:)");
    private static final Pattern NOT_DIALLED = Pattern.compile("[^+0-9]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String defaultRegion;

    /** Phone numbers written without a {@code +} are read as US numbers. */
    ContactLinks() {
        this("US");
    }

    /** Phone numbers written without a {@code +} are read in {@code defaultRegion} (ISO 3166 code, e.g. DE). */
    ContactLinks(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /** The header links of a CV in the order RenderCV shows them: e-mails, phones, websites, networks, custom. */
    List<Link> forCv(Cv cv) {
        List<Link> links = new ArrayList<>();
        cv.emails().forEach(e -> links.add(email(e)));
        cv.phones().forEach(p -> links.add(phone(p)));
        cv.websites().forEach(w -> links.add(website(w)));
        cv.socialNetworks().forEach(s -> links.add(social(s)));
        cv.customConnections().forEach(c -> links.add(custom(c)));
        return links;
    }

    /** A {@code mailto:} link showing the address. */
    Link email(String address) {
        String a = address.strip();
        return new Link(a, "mailto:" + a, "email");
    }

    /**
     * A {@code tel:} link to the number in E.164 form, showing it in international format
     * ({@code +1 415-555-0132}); a number libphonenumber does not take for a possible number is shown as
     * written and dialled by its digits. libphonenumber is started here, only for a CV that has a number: its
     * start costs tens of milliseconds.
     */
    Link phone(String number) {
        String written = number.strip();
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        try {
            Phonenumber.PhoneNumber parsed = phones.parse(written, defaultRegion);
            if (!phones.isPossibleNumber(parsed)) {
                return asWritten(written);
            }
            return new Link(phones.format(parsed, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL),
                    "tel:" + phones.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164), "phone");
        } catch (NumberParseException e) {
            return asWritten(written);
        }
    }

    private static Link asWritten(String number) {
        return new Link(number, "tel:" + NOT_DIALLED.matcher(number).replaceAll(""), "phone");
    }

    /** A link to the site as written, showing it without scheme, {@code www.} and trailing slash. */
    Link website(String url) {
        String u = url.strip();
        return new Link(shortUrl(u), u, "website");
    }

    /** A link the author defined, showing its placeholder text. */
    Link custom(CustomConnection connection) {
        return new Link(connection.placeholder(), connection.url(), "custom");
    }

    /** A {@code https://doi.org/} link showing the bare DOI; a DOI given as a URL or {@code doi:} is accepted. */
    Link doi(String doi) {
        String bare = DOI_PREFIX.matcher(doi.strip()).replaceFirst("");
        return new Link(bare, "https://doi.org/" + bare, "doi");
    }

    /**
     * A profile link built with RenderCV's URL for the network (matched ignoring case), showing the short URL,
     * the {@code @user@host} handle for Mastodon, or "Google Scholar"; a leading {@code @} in other usernames is
     * dropped.
     *
     * @throws IllegalArgumentException for a network RenderCV does not know, or a Mastodon name without host
     */
    Link social(SocialNetwork account) {
        String network = SPACES.matcher(account.network().strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        String kind = network.replace(' ', '-');
        String username = account.username().strip();
        if (network.equals("mastodon")) {
            Matcher m = MASTODON.matcher(username);
            if (!m.matches()) {
                throw new IllegalArgumentException("a Mastodon username is written @user@host, not " + username);
            }
            return new Link("@" + m.group(1) + "@" + m.group(2), "https://" + m.group(2) + "/@" + m.group(1), kind);
        }
        String prefix = PROFILE_PREFIXES.get(network);
        if (prefix == null) {
            throw new IllegalArgumentException("unknown social network " + account.network());
        }
        String href = prefix + (username.startsWith("@") ? username.substring(1) : username);
        return new Link(network.equals("google scholar") ? "Google Scholar" : shortUrl(href), href, kind);
    }

    /** The URL as people write it: no {@code https://} or {@code http://}, no {@code www.}, no trailing slash. */
    static String shortUrl(String url) {
        String s = url.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://")) {
            s = s.substring(8);
        } else if (lower.startsWith("http://")) {
            s = s.substring(7);
        }
        if (s.toLowerCase(Locale.ROOT).startsWith("www.")) {
            s = s.substring(4);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
