package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationParserTest {

    private final PublicationParser parser = new PublicationParser();

    @Test
    void quotedTitleWithOwnerEqualContributionVenueYearAndNote() {
        PublicationParser.Citation c = parser.parse("Xiangru Lian*, Wei Zhang*, Ce Zhang, and Ji Liu. “Asynchronous "
                + "Decentralized Parallel SGD”. In: *International Conference on Machine Learning*. 2018 (**Long talk**)",
                "Xiangru Lian");
        assertEquals("Asynchronous Decentralized Parallel SGD", c.title());
        assertEquals(List.of("**Xiangru Lian***", "Wei Zhang*", "Ce Zhang", "Ji Liu"), c.authors());
        assertEquals("In: International Conference on Machine Learning", c.venue());
        assertEquals("2018", Facts.date(c.date()));
        assertEquals("Long talk", c.note());
    }

    @Test
    void titleAuthorsAndVenueRunTogether() {
        PublicationParser.Citation c = parser.parse("ForestColl: Efficient Collective Communications Liangyu Zhao, "
                + "Saeed Maleki, Arvind Krishnamurthy arXiv preprint, in submission", "Liangyu Zhao");
        assertEquals("ForestColl: Efficient Collective Communications", c.title());
        assertEquals(List.of("**Liangyu Zhao**", "Saeed Maleki", "Arvind Krishnamurthy"), c.authors());
        assertEquals("arXiv preprint, in submission", c.venue());
    }

    @Test
    void surnameFirstAuthorsAndAYearAfterThem() {
        PublicationParser.Citation c = parser.parse("Doe, J. and R. Roe (2021). \"Matching.\" AER 111(4): 1–40.",
                "Jane Doe");
        assertEquals(List.of("**Doe, J.**", "R. Roe"), c.authors());
        assertEquals("2021", Facts.date(c.date()));
    }

    @Test
    void shortYearInAVenue() {
        assertEquals("2025", Facts.date(parser.venueOnly("USENIX NSDI (NSDI '25)").date()));
    }
}
