package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParagraphJoinerTest {

    private final ParagraphJoiner joiner = new ParagraphJoiner();

    /** Two lines, the second starting with a capital: joined only when the first ends with a connector. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Worked on compilers, e.g., | true",
        "Worked on compilers e.g. | true",
        "Built the parser for | true",
        "Built the parser with the help of | true",
        "Speaker at | true",
        "Systems, networks, | true",
        "Tools & | true",
        "Built the parser | false",
        "Visited Oman | false",
        "Made a plan | false",
        "a | true",
        "Ate an | true"
    })
    void joinsALineThatEndsWithAConnector(String first, boolean joined) {
        List<ParagraphJoiner.Item> items = joiner.items(List.of(new Line(1, 0, first, false),
                new Line(2, 0, "Acme Research Lab", false)));
        assertEquals(joined ? List.of(first + " Acme Research Lab") : List.of(first, "Acme Research Lab"),
                items.stream().map(ParagraphJoiner.Item::text).toList());
    }
}
