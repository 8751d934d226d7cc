package cvpress.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static cvpress.model.Loading.expect;
import static cvpress.model.Loading.expectOnly;
import static cvpress.model.Loading.load;
import static cvpress.model.Loading.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validation rules of the cv block, each with the exact place and message it reports. */
class CvValidationTest {

    @Test
    void unknownKeysGetADidYouMean() {
        LoadResult r = load("""
                cv:
                  name: Ada
                  emial: ada@example.org
                  sections:
                    Talks:
                      - bullet: x
                desing:
                  theme: classic
                """);
        expect(r, "cv.yaml:3:3: error: cv.emial: ", "unknown key 'emial'; did you mean 'email'?");
        expect(r, "cv.yaml:7:1: error: desing: ", "unknown key 'desing'; did you mean 'design'?");
        assertEquals(2, r.errors().size(), () -> Loading.formatted(r));
        assertNull(r.document());
    }

    @Test
    void unknownKeyFarFromAnyKnownOneListsTheAllowedKeys() {
        LoadResult r = load("cv:\n  name: Ada\n  favourite_colour: blue\n");
        expectOnly(r, "cv.yaml:3:3: error: cv.favourite_colour: ", "unknown key 'favourite_colour' (allowed: name, ");
    }

    @Test
    void missingNameIsOnlyAWarning() {
        LoadResult r = load("cv:\n  email: ada@example.org\n");
        expectOnly(r, "cv.yaml:2:3: warning: cv.name: ", "the CV has no name");
        expectOnly(load("cv:\n  name: ''\n"), "cv.yaml:2:3: warning: cv.name: ", "the CV has no name");
        assertTrue(r.ok());
        assertEquals(1, r.warnings().size());
    }

    @Test
    void stringWhereAListIsNeeded() {
        LoadResult r = load("""
                cv:
                  name: Ada
                  social_networks: GitHub
                  sections:
                    Experience:
                      - company: Inria
                        position: Researcher
                        highlights: Built things
                    Papers:
                      - title: On engines
                        authors: Ada Lovelace
                    Notes: just a string
                """);
        expect(r, "cv.yaml:3:20: error: cv.social_networks: ", "expected a list of social networks, found a string");
        expect(r, "cv.yaml:8:21: error: cv.sections.Experience[0].highlights: ", "expected a list of highlights");
        expect(r, "cv.yaml:11:18: error: cv.sections.Papers[0].authors: ", "expected a list of authors, found a string");
        expect(r, "cv.yaml:12:12: error: cv.sections.Notes: ", "expected a list of entries, found a string");
        assertEquals(4, r.errors().size(), () -> Loading.formatted(r));
    }

    @Test
    void listOrMappingWhereAStringIsNeeded() {
        LoadResult r = load("""
                cv:
                  name: [Ada, Lovelace]
                  headline:
                    short: x
                  email:
                    - ada@example.org
                    - [nested]
                """);
        expect(r, "cv.yaml:2:9: error: cv.name: ", "expected a string, found a list");
        expect(r, "cv.yaml:4:5: error: cv.headline: ", "expected a string, found a mapping");
        expect(r, "cv.yaml:7:7: error: cv.email[1]: ", "expected a string, found a list");
        assertEquals(3, r.errors().size(), () -> Loading.formatted(r));
    }

    @Test
    void emailPhoneAndWebsiteTakeAStringOrAList() {
        CvDocument doc = ok("""
                cv:
                  name: Ada
                  email: [ada@example.org, ada@work.example.com]
                  phone: "+44 20 7946 0958"
                  website:
                    - https://ada.example.org
                    - http://old.example.org/~ada
                """);
        assertEquals(List.of("ada@example.org", "ada@work.example.com"), doc.cv().emails());
        assertEquals(List.of("+44 20 7946 0958"), doc.cv().phones());
        assertEquals(2, doc.cv().websites().size());
    }

    @Test
    void malformedEmailUrlAndPhone() {
        LoadResult r = load("""
                cv:
                  name: Ada
                  email: ada.example.org
                  website: [www.example.org, "ftp://example.org"]
                  phone:
                    - "+1 555"
                    - "+999 1234567"
                    - hello
                """);
        expect(r, "cv.yaml:3:10: error: cv.email: ", "\"ada.example.org\" is not an e-mail address: it has no @");
        expect(r, "cv.yaml:4:13: error: cv.website[0]: ", "needs to start with https:// or http://");
        expect(r, "cv.yaml:4:30: error: cv.website[1]: ", "only http:// and https:// are allowed");
        expect(r, "cv.yaml:6:7: error: cv.phone[0]: ", "\"+1 555\" is not a phone number: it has too few digits");
        expect(r, "cv.yaml:7:7: error: cv.phone[1]: ", "is not a phone number: its country code is not valid");
        expect(r, "cv.yaml:8:7: error: cv.phone[2]: ", "is not a phone number");
        assertEquals(6, r.errors().size(), () -> Loading.formatted(r));
    }

    @Test
    void phoneWithoutCountryCodeIsReadAsUs() {
        ok("cv:\n  name: Ada\n  phone: (609) 555-0123\n");
        LoadResult r = load("cv:\n  name: Ada\n  phone: 030 1234 5678 9999\n");
        expectOnly(r, "cv.yaml:3:10: error: cv.phone: ", "write it with its country code");
    }

    @Test
    void socialNetworks() {
        LoadResult r = load("""
                cv:
                  name: Ada
                  social_networks:
                    - network: Github
                      username: ada
                    - network: Linkedn
                      username: ada
                    - network: ORCID
                      username: 0000-0002-1825-009X
                    - network: ORCID
                      username: 0000-0002-1825-0097
                    - network: GitLab
                      username: https://gitlab.com/ada
                    - network: Mastodon
                      username: ada
                    - network: GitHub
                      user: ada
                """);
        expect(r, "cv.yaml:6:16: error: cv.social_networks[1].network: ", "unknown network 'Linkedn'; did you mean 'LinkedIn'?");
        expect(r, "cv.yaml:9:17: error: cv.social_networks[2].username: ", "its check digit should be 7");
        expect(r, "cv.yaml:13:17: error: cv.social_networks[4].username: ", "not a link");
        expect(r, "cv.yaml:15:17: error: cv.social_networks[5].username: ", "not a Mastodon handle");
        expect(r, "cv.yaml:17:7: error: cv.social_networks[6].user: ", "did you mean 'username'?");
        expect(r, "cv.yaml:16:7: error: cv.social_networks[6]: ", "needs network and username");
        assertEquals(6, r.errors().size(), () -> Loading.formatted(r));
    }

    @Test
    void socialNetworkNamesAreNormalised() {
        CvDocument doc = ok("""
                cv:
                  name: Ada
                  social_networks:
                    - network: github
                      username: ada
                    - network: googlescholar
                      username: abcDEF123
                    - network: ORCID
                      username: 0000-0002-1825-0097
                """);
        assertEquals(List.of(new SocialNetwork("GitHub", "ada"), new SocialNetwork("Google Scholar", "abcDEF123"),
                new SocialNetwork("ORCID", "0000-0002-1825-0097")), doc.cv().socialNetworks());
    }

    @Test
    void customConnections() {
        LoadResult r = load("""
                cv:
                  name: Ada
                  custom_connections:
                    - placeholder: Blog
                      url: https://blog.example.org
                      fontawesome_icon: blog
                    - placeholder: Files
                      url: file:///etc/passwd
                """);
        expect(r, "cv.yaml:6:25: warning: cv.custom_connections[0].fontawesome_icon: ", "ignores");
        expect(r, "cv.yaml:8:12: error: cv.custom_connections[1].url: ", "only http:// and https://");
        assertEquals(1, r.errors().size(), () -> Loading.formatted(r));
    }

    @Test
    void photoMustExistRelativeToTheCvAndIsResolved(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("img"));
        Files.write(dir.resolve("img/me.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0});
        Files.write(dir.resolve("img/text.jpg"), new byte[] {'h', 'e', 'l', 'l', 'o'});
        LoadResult good = load("cv:\n  name: Ada\n  photo: img/me.jpg\n", dir);
        assertTrue(good.ok(), () -> Loading.formatted(good));
        assertEquals(dir.resolve("img/me.jpg").toAbsolutePath().normalize(), good.document().cv().photo());
        LoadResult bad = load("cv:\n  name: Ada\n  photo: img/you.jpg\n", dir);
        expectOnly(bad, "cv.yaml:3:10: error: cv.photo: ", "photo \"img/you.jpg\" does not exist (looked for "
                + dir.resolve("img/you.jpg").toAbsolutePath().normalize() + ")");
        LoadResult directory = load("cv:\n  name: Ada\n  photo: img\n", dir);
        expectOnly(directory, "cv.yaml:3:10: error: cv.photo: ", "does not exist");
        LoadResult text = load("cv:\n  name: Ada\n  photo: img/text.jpg\n", dir);
        expectOnly(text, "cv.yaml:3:10: error: cv.photo: ", "photo \"img/text.jpg\" is not a PNG or JPEG image");
    }

    @Test
    void severalProblemsAreAllReportedInFileOrder() {
        LoadResult r = load("""
                cv:
                  nme: Ada
                  email: nobody
                  sections:
                    Education:
                      - institution: Cambridge
                        area: Mathematics
                        start_date: 2018-13
                        end_date: 2017
                      - institution: Oxford
                        start_date: 2019
                    Experience:
                      - company: Inria
                        position: Researcher
                        start_date: 2021-05
                        end_date: 2020-01
                settings:
                  current_date: yesterday
                """);
        List<String> lines = r.diagnostics().stream().map(Diagnostic::format).toList();
        assertEquals(List.of(
                "cv.yaml:2:3: error: cv.nme: unknown key 'nme'; did you mean 'name'?",
                "cv.yaml:2:3: warning: cv.name: the CV has no name",
                "cv.yaml:3:10: error: cv.email: \"nobody\" is not an e-mail address: it has no @",
                "cv.yaml:8:21: error: cv.sections.Education[0].start_date: \"2018-13\" is not a date: there is no "
                        + "month 13 (use YYYY-MM-DD, YYYY-MM or YYYY)",
                "cv.yaml:10:9: error: cv.sections.Education[1]: education entry needs area",
                "cv.yaml:15:21: error: cv.sections.Experience[0].start_date: start_date 2021-05 is after end_date "
                        + "2020-01",
                "cv.yaml:18:17: error: settings.current_date: \"yesterday\" is not a date (use today or YYYY-MM-DD)"
        ).stream().sorted(CvValidationTest::byPlace).toList(), lines);
    }

    private static int byPlace(String a, String b) {
        String[] pa = a.split(":");
        String[] pb = b.split(":");
        int c = Integer.compare(Integer.parseInt(pa[1]), Integer.parseInt(pb[1]));
        return c != 0 ? c : Integer.compare(Integer.parseInt(pa[2]), Integer.parseInt(pb[2]));
    }

    @Test
    void documentIsNullWhenThereAreErrorsAndPresentWithWarningsOnly() {
        assertFalse(load("cv:\n  name: Ada\n  email: x\n").ok());
        LoadResult warned = load("cv:\n  email: ada@example.org\n");
        assertTrue(warned.ok());
        assertEquals("ada@example.org", warned.document().cv().emails().get(0));
    }
}
