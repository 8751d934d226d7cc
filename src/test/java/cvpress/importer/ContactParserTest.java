package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cvpress.model.SocialNetwork;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactParserTest {

    private final ContactParser parser = new ContactParser();

    @Test
    void readsEmailInsideAMailtoLinkPhoneAndWebsiteBetweenDiamonds() {
        ContactParser.Contact c = parser.parse(
                "ziyueluocs.github.io ⋄ [luo.1457@osu.edu](mailto:luo.1457@osu.edu) ⋄ +1 (614) 607-1890");
        assertEquals(List.of("luo.1457@osu.edu"), c.emails());
        assertEquals(List.of("+1 (614) 607-1890"), c.phones());
        assertEquals(List.of("https://ziyueluocs.github.io"), c.websites());
    }

    @Test
    void readsLabelledFieldsAndProfilesAsSocialNetworks() {
        ContactParser.Contact c = parser.parse("Email: jo@x.org | GitHub: github.com/jo | linkedin.com/in/jo-x | "
                + "orcid.org/0000-0002-1825-0097 | https://scholar.google.com/citations?user=AbC-12 | Paris, France");
        assertEquals(List.of("jo@x.org"), c.emails());
        assertEquals(List.of(new SocialNetwork("GitHub", "jo"), new SocialNetwork("LinkedIn", "jo-x"),
                new SocialNetwork("ORCID", "0000-0002-1825-0097"), new SocialNetwork("Google Scholar", "AbC-12")),
                c.socialNetworks());
        assertEquals(List.of("Paris, France"), c.leftovers());
    }

    @Test
    void aLineWithoutContactDetailsIsNone() {
        assertNull(parser.parse("Machine Learning Engineer, 2019 - 2020"));
    }
}
