package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionDetectorTest {

    private final SectionDetector detector = new SectionDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "## RESEARCH INTEREST | Research Interest | ''",
        "# **EDUCATION** | Education | ''",
        "#### Research Experience | Research Experience | ''",
        "**Publications** | Publications | ''",
        "HONORS AND AWARDS | Honors and Awards | ''",
        "AWARDS & HONORS | Awards & Honors | ''",
        "Invited Talks | Invited Talks | ''",
        "Teaching Assistant | Teaching Assistant | ''",
        "SKILLS: | Skills | ''",
        "**Education** University of Washington Seattle, WA | Education | University of Washington Seattle, WA",
        "Research Interests Machine learning systems, distributed systems | Research Interests | Machine learning systems, distributed systems",
        "Industry Experience Microsoft Research, Redmond, WA | Industry Experience | Microsoft Research, Redmond, WA"
    })
    void findsSectionHeadings(String line, String title, String rest) {
        SectionDetector.Heading h = detector.detect(line);
        assertEquals(title, h.title());
        assertEquals(rest, h.rest());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "## Convergence and Speedup Analysis of Distributed Optimization Algorithms",
        "#### Peking University",
        "Online Scheduling on LLM Inference",
        "Volunteer Research Assistant Hefei National Laboratory 2013-2015",
        "Research Intern **Kwai Inc. Y-Lab** **Oct 2018-Feb 2019**",
        "Reviewer/Program Committee",
        "## **Zap Surgical Systems**",
        "Software Engineer Intern",
        "Education and outreach are what I enjoy"
    })
    void leavesOtherLinesAlone(String line) {
        assertNull(detector.detect(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Research and Teaching Experience and Awards | true",
        "Selected Research and Teaching Experience and Awards | false",
        "Research/Teaching, Experience | true",
        ", Research Experience | true",
        ", Research and Teaching Experience and Awards | false",
        "**Honors** & Awards: | true",
        "Teaching Assistantships | true",
        "Curriculum Vitae | false",
        "Experience Acme | false",
        "Distributed systems engineer 12, Acme, 2019 | false"
    })
    void takesTitlesOfAtMostSixSectionWords(String text, boolean title) {
        // a separator that starts the text counts as an empty first word: the sixth word is then one too many
        assertEquals(title, SectionDetector.isSectionTitle(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "## Education | Education",
        "######Awards | Awards",
        "####### Awards | '# Awards'",
        "Education # 1 | 'Education # 1'"
    })
    void stripsOneToSixHashesThatStartALine(String line, String text) {
        assertEquals(text, SectionDetector.stripHeadingMark(line));
    }
}
