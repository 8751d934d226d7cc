package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeParserTest {

    private final DateRangeParser parser = new DateRangeParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sep. 2022-Jul. 2026 (Expected) | Sep. 2022 – Jul. 2026 (Expected)",
        "Nov. 2023 - Present | 2023-11..present",
        "2021 – Present | 2021..present",
        "Summer 2024 – Present | Summer 2024 – Present",
        "Autumn 2019 | Autumn 2019",
        "*September 2018 - September 2022* | 2018-09..2022-09",
        "**2015-present** | 2015..present",
        "Oct 2018-Feb 2019 | 2018-10..2019-02",
        "2013-2015 | 2013..2015",
        "09/2021 – today | 2021-09..present",
        "2023 | 2023",
        "August, 2024 | 2024-08",
        "15.03.2021 – 30.09.2022 | 2021-03-15..2022-09-30",
        "03/2019 - 11/2020 | 2019-03..2020-11",
        "2019-04 to 2020-01 | 2019-04..2020-01",
        "March 15, 2021 | 2021-03-15",
        "Jul 2026 (expected) | Jul 2026 (expected)",
        "2020 – 2018 | 2020 – 2018"
    })
    void readsDates(String text, String expected) {
        assertEquals(expected, Facts.date(parser.whole(text).date()));
    }

    @Test
    void findsADateInsideALineAndItsPlace() {
        String line = "Ph.D. in Computer Science 2021 – Present";
        DateRangeParser.DateMatch m = parser.find(line);
        assertEquals("Ph.D. in Computer Science", line.substring(0, m.start()).strip());
        assertEquals(line.length(), m.end());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ICML2025 accepted", "Llama-7B on A100 GPU", "COMP7404B course", "pp. 3254–3263",
        "doi 10.1145/3600006"})
    void ignoresNumbersThatAreNotDates(String text) {
        assertNull(parser.find(text));
    }
}
