package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineCleanerTest {

    private final LineCleaner cleaner = new LineCleaner();

    private String clean(String s) {
        return LineCleaner.finish(cleaner.clean(s));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "$Undergraduate\\ Research\\ Assistant$ | Undergraduate Research Assistant",
        "Scheduling $(\\alpha-\\beta)$ Ruicheng | Scheduling (α-β) Ruicheng",
        "“ D^2 : Decentralized Training” | “D²: Decentralized Training”",
        "Liyuan Liang$^{*}$, Kun Yuan | Liyuan Liang*, Kun Yuan",
        "$(\\text{Li}_{0.8}\\text{Fe}_{0.2})\\text{OHFeSe}$ superconductor | (Li0.8Fe0.2)OHFeSe superconductor",
        "Ruby, \\LaTeX , ConTeXt | Ruby, LaTeX, ConTeXt",
        "Systems \\& Networking | Systems & Networking",
        "Seattle\\quad WA | Seattle WA",
        "$\\bullet$ Item | • Item",
        "faster by $2.7\\times$ than before | faster by 2.7× than before",
        "error $<1\\%$ only | error <1% only",
        "Talk $\\label{lem:automatic} Automatic \\ Generation$ | Talk Automatic Generation",
        "<u>Gan Luo</u>\\*, Kun Yuan | **Gan Luo***, Kun Yuan",
        "**Bold** and *italic* stay | **Bold** and *italic* stay",
        "Raised $18M Series A and $2M seed | Raised $18M Series A and $2M seed",
        "\\textbf{Strong} and \\emph{soft} | **Strong** and *soft*",
        "\\href{https://x.org}{site} | [site](https://x.org)",
        "a $\\diamond$ b | a ⋄ b",
        "- \\circ Project | - ◦ Project",
        "unclosed $\\alpha | unclosed $α"
    })
    void turnsDebrisIntoText(String in, String out) {
        assertEquals(out, clean(in));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\\* Item | \uE000 Item", "Name\\* | Name\uE000"})
    void keepsAnEscapedAsteriskLiteral(String in, String out) {
        assertEquals(out, cleaner.clean(in));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ruby , LaTeX ; Go : done | Ruby, LaTeX; Go: done",
        "( a ) [ b ] “ c ” | (a) [b] “c”",
        "“ open quote, never closed | “ open quote, never closed",
        "a , , b | a,, b",
        "no spaces to take (here) | no spaces to take (here)"
    })
    void takesSpacesAfterOpeningAndBeforeClosingMarks(String in, String out) {
        assertEquals(out, cleaner.clean(in));
    }
}
