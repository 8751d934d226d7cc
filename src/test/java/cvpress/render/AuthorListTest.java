package cvpress.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuthorListTest {

    private final InlineMarkdown md = new InlineMarkdown(List.of());
    private final AuthorList authors = new AuthorList("John Doe", md);

    @Test
    void emphasisedAuthorsAreTheOwner() {
        assertEquals("Frodo Baggins, <span class=\"owner\">John Doe</span>, Samwise Gamgee",
                authors.toHtml(List.of("Frodo Baggins", "**John Doe**", "Samwise Gamgee")));
        assertEquals("<span class=\"owner\">John Doe</span>, A. Smith",
                authors.toHtml(List.of("*John Doe*", "A. Smith")));
    }

    @Test
    void emphasisMarksTheOwnerWhateverTheName() {
        assertEquals("<span class=\"owner\">J. Doe</span>", authors.toHtml(List.of("**J. Doe**")));
    }

    @Test
    void theOwnersNameIsRecognisedIgnoringCaseSpacesAndAccents() {
        assertEquals("<span class=\"owner\">john  DOE</span>", authors.toHtml(List.of(" john  DOE ")));
        AuthorList accented = new AuthorList("José Núñez", md);
        assertEquals("<span class=\"owner\">Jose Nunez</span>, <span class=\"owner\">JOSÉ NÚÑEZ</span>",
                accented.toHtml(List.of("Jose Nunez", "JOSÉ NÚÑEZ")));
        assertEquals("John Doerr", authors.toHtml(List.of("John Doerr")));
    }

    @Test
    void equalContributionMarksStayAfterTheName() {
        assertEquals("Gan Luo*, <span class=\"owner\">John Doe</span>*",
                authors.toHtml(List.of("Gan Luo*", "**John Doe***")));
        assertEquals("<span class=\"owner\">John Doe</span>†, <span class=\"owner\">John Doe</span>*",
                authors.toHtml(List.of("**John Doe**†", "John Doe*")));
    }

    @Test
    void otherAuthorsAreEscapedInlineMarkdown() {
        assertEquals("&lt;script&gt;, <a href=\"https://x.org\">A. Smith</a>, <span class=\"owner\">&lt;b&gt;</span>",
                authors.toHtml(List.of("<script>", "[A. Smith](https://x.org)", "**<b>**")));
    }

    @Test
    void withoutAnOwnerNameOnlyEmphasisMarks() {
        AuthorList anonymous = new AuthorList(null, md);
        assertEquals("John Doe, <span class=\"owner\">Jane Roe</span>",
                anonymous.toHtml(List.of("John Doe", "*Jane Roe*")));
        assertEquals("", anonymous.toHtml(List.of()));
    }
}
