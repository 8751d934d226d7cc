package cvpress.render;

import cvpress.model.CustomConnection;
import cvpress.model.Cv;
import cvpress.model.SocialNetwork;
import cvpress.render.ContactLinks.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContactLinksTest {

    private final ContactLinks links = new ContactLinks();

    @Test
    void email() {
        assertEquals(new Link("jane@example.com", "mailto:jane@example.com", "email"),
                links.email(" jane@example.com "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "+1 415 555 0132|+1 415-555-0132|tel:+14155550132",
            "(415) 555-0132|+1 415-555-0132|tel:+14155550132",
            "415.555.0132|+1 415-555-0132|tel:+14155550132",
            "+33749882538|+33 7 49 88 25 38|tel:+33749882538",
            "+44 20 7946 0958|+44 20 7946 0958|tel:+442079460958",
            "+49 30 901820|+49 30 901820|tel:+4930901820",
    })
    void phoneNumbersAreDialledInE164AndShownInInternationalFormat(String written, String text, String href) {
        assertEquals(new Link(text, href, "phone"), links.phone(written));
    }

    @Test
    void phoneDefaultRegionCanBeChanged() {
        assertEquals("tel:+4930901820", new ContactLinks("DE").phone("030 901820").href());
    }

    @Test
    void unreadablePhoneNumbersAreShownAsWritten() {
        assertEquals(new Link("ext. 12", "tel:12", "phone"), links.phone("ext. 12"));
    }

    @Test
    void website() {
        assertEquals(new Link("example.com", "https://www.example.com/", "website"),
                links.website("https://www.example.com/"));
        assertEquals(new Link("example.com/~jane", "http://example.com/~jane", "website"),
                links.website("http://example.com/~jane"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://www.example.com/|example.com",
            "HTTPS://WWW.Example.com|Example.com",
            "http://example.com/a/b/|example.com/a/b",
            "example.com|example.com",
            "www.example.com|example.com",
            "https://wwwexample.com|wwwexample.com",
    })
    void shortUrl(String url, String text) {
        assertEquals(text, ContactLinks.shortUrl(url));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "LinkedIn|jdoe|https://linkedin.com/in/jdoe|linkedin.com/in/jdoe|linkedin",
            "GitHub|jdoe|https://github.com/jdoe|github.com/jdoe|github",
            "GitLab|jdoe|https://gitlab.com/jdoe|gitlab.com/jdoe|gitlab",
            "IMDB|nm0000123|https://imdb.com/name/nm0000123|imdb.com/name/nm0000123|imdb",
            "Instagram|jdoe|https://instagram.com/jdoe|instagram.com/jdoe|instagram",
            "ORCID|0000-0002-1825-0097|https://orcid.org/0000-0002-1825-0097|orcid.org/0000-0002-1825-0097|orcid",
            "Mastodon|@jdoe@mastodon.social|https://mastodon.social/@jdoe|@jdoe@mastodon.social|mastodon",
            "StackOverflow|12345/jdoe|https://stackoverflow.com/users/12345/jdoe|stackoverflow.com/users/12345/jdoe|stackoverflow",
            "ResearchGate|John-Doe|https://researchgate.net/profile/John-Doe|researchgate.net/profile/John-Doe|researchgate",
            "YouTube|jdoe|https://youtube.com/@jdoe|youtube.com/@jdoe|youtube",
            "Google Scholar|abcDEF123|https://scholar.google.com/citations?user=abcDEF123|Google Scholar|google-scholar",
            "Telegram|jdoe|https://t.me/jdoe|t.me/jdoe|telegram",
            "Leetcode|jdoe|https://leetcode.com/u/jdoe|leetcode.com/u/jdoe|leetcode",
            "X|jdoe|https://x.com/jdoe|x.com/jdoe|x",
            "Bluesky|jdoe.bsky.social|https://bsky.app/profile/jdoe.bsky.social|bsky.app/profile/jdoe.bsky.social|bluesky",
            "Reddit|jdoe|https://reddit.com/user/jdoe|reddit.com/user/jdoe|reddit",
    })
    void socialNetworks(String network, String username, String href, String text, String kind) {
        assertEquals(new Link(text, href, kind), links.social(new SocialNetwork(network, username)));
    }

    @Test
    void networkNamesIgnoreCaseAndLeadingAtSignsAreDropped() {
        assertEquals("https://github.com/jdoe", links.social(new SocialNetwork("github", "jdoe")).href());
        assertEquals("https://x.com/jdoe", links.social(new SocialNetwork("X", "@jdoe")).href());
        assertEquals("https://scholar.google.com/citations?user=u1",
                links.social(new SocialNetwork("google  scholar", "u1")).href());
    }

    @Test
    void unknownNetworksAndBadMastodonNamesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> links.social(new SocialNetwork("Myspace", "jdoe")));
        assertThrows(IllegalArgumentException.class, () -> links.social(new SocialNetwork("Mastodon", "jdoe")));
    }

    @Test
    void doi() {
        Link expected = new Link("10.1109/5.771073", "https://doi.org/10.1109/5.771073", "doi");
        assertEquals(expected, links.doi("10.1109/5.771073"));
        assertEquals(expected, links.doi("https://doi.org/10.1109/5.771073"));
        assertEquals(expected, links.doi("doi:10.1109/5.771073"));
    }

    @Test
    void custom() {
        assertEquals(new Link("My Blog", "https://blog.example.com", "custom"),
                links.custom(new CustomConnection("My Blog", "https://blog.example.com")));
    }

    @Test
    void allHeaderLinksOfACvInOrder() {
        Cv cv = new Cv("Jane", null, "Berlin", List.of("a@x.org", "b@x.org"), List.of("+14155550132"),
                List.of("https://x.org"), null, List.of(new SocialNetwork("GitHub", "jane")),
                List.of(new CustomConnection("Blog", "https://b.org")), List.of());
        assertEquals(List.of("mailto:a@x.org", "mailto:b@x.org", "tel:+14155550132", "https://x.org",
                        "https://github.com/jane", "https://b.org"),
                links.forCv(cv).stream().map(Link::href).toList());
    }
}
