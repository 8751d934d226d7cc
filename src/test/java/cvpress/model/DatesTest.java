package cvpress.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static cvpress.model.Loading.expect;
import static cvpress.model.Loading.expectOnly;
import static cvpress.model.Loading.load;
import static cvpress.model.Loading.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Entry dates: the three forms, present, free text, spans, and impossible or reversed dates. */
class DatesTest {

    private static String job(String dates) {
        return "cv:\n  name: Ada\n  sections:\n    Jobs:\n      - company: Inria\n        position: R\n"
                + dates.stripTrailing().indent(8);
    }

    private static EntryDate dateOf(String dates) {
        CvDocument doc = ok(job(dates));
        return ((Entry.Experience) doc.cv().sections().get(0).entries().get(0)).details().date();
    }

    private static PartialDate d(int y, int m, int day) {
        return new PartialDate(y, m, day);
    }

    @Test
    void theThreeFormsQuotedOrNotAndAnIntegerYear() {
        assertEquals(new EntryDate.Span(d(2018, 9, 1), d(2019, 6, 0)),
                dateOf("start_date: 2018-09-01\nend_date: '2019-06'"));
        assertEquals(new EntryDate.Span(d(2018, 0, 0), d(2020, 0, 0)), dateOf("start_date: 2018\nend_date: \"2020\""));
    }

    @Test
    void presentInAnyCaseIsAnOngoingSpan() {
        assertEquals(new EntryDate.Span(d(2023, 6, 0), null), dateOf("start_date: 2023-06\nend_date: Present"));
        assertEquals(new EntryDate.Span(d(2023, 6, 0), null), dateOf("start_date: 2023-06\nend_date: PRESENT"));
    }

    @Test
    void startWithoutEndRunsToPresentAndEndAloneIsOneDate() {
        assertEquals(new EntryDate.Span(d(2023, 6, 0), null), dateOf("start_date: 2023-06"));
        assertEquals(new EntryDate.On(d(2021, 5, 0)), dateOf("end_date: 2021-05"));
        assertEquals(EntryDate.NONE, dateOf("start_date:\nend_date:\ndate:"));
    }

    @Test
    void freeTextDateIsADateWhenItIsOneElseText() {
        assertEquals(new EntryDate.On(d(2021, 0, 0)), dateOf("date: '2021'"));
        assertEquals(new EntryDate.On(d(2022, 12, 0)), dateOf("date: 2022-12"));
        assertEquals(new EntryDate.Text("Fall 2023"), dateOf("date: Fall 2023"));
        assertEquals(new EntryDate.Text("2020-21"), dateOf("date: 2020-21"));
    }

    @Test
    void dateBesideStartAndEndIsIgnoredWithAWarning() {
        LoadResult r = load(job("date: Fall 2023\nstart_date: 2023-09\nend_date: 2023-12"));
        expectOnly(r, "cv.yaml:7:15: warning: cv.sections.Jobs[0].date: ", "date is ignored because start_date");
        Entry.Experience e = (Entry.Experience) r.document().cv().sections().get(0).entries().get(0);
        assertEquals(new EntryDate.Span(d(2023, 9, 0), d(2023, 12, 0)), e.details().date());
    }

    @Test
    void impossibleDatesSayHowToWriteOne() {
        LoadResult r = load(job("start_date: 2018-13\nend_date: 2019-02-30"));
        expect(r, "cv.yaml:7:21: error: cv.sections.Jobs[0].start_date: ",
                "\"2018-13\" is not a date: there is no month 13 (use YYYY-MM-DD, YYYY-MM or YYYY)");
        expect(r, "cv.yaml:8:19: error: cv.sections.Jobs[0].end_date: ",
                "\"2019-02-30\" is not a date: 2019-02 has 28 days (use YYYY-MM-DD, YYYY-MM or YYYY)");
        LoadResult day50 = load(job("start_date: 2018-01-50"));
        expectOnly(day50, "cv.yaml:7:21: error: cv.sections.Jobs[0].start_date: ", "2018-01 has 31 days");
        LoadResult words = load(job("start_date: last spring"));
        expectOnly(words, "cv.yaml:7:21: error: cv.sections.Jobs[0].start_date: ",
                "\"last spring\" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)");
        ok(job("start_date: 2020-02-29"));
    }

    @Test
    void startAfterEndIsAnError() {
        expectOnly(load(job("start_date: 2021-05\nend_date: 2020")), "cv.yaml:7:21: error: "
                + "cv.sections.Jobs[0].start_date: ", "start_date 2021-05 is after end_date 2020");
        ok(job("start_date: 2020-05\nend_date: 2020"));
    }

    @Test
    void presentWithoutStartIsAnError() {
        expectOnly(load(job("end_date: present")), "cv.yaml:7:19: error: cv.sections.Jobs[0].end_date: ",
                "needs a start_date");
    }

    @Test
    void publicationDateIsFreeText() {
        CvDocument doc = ok("""
                cv:
                  name: Ada
                  sections:
                    Papers:
                      - title: A
                        authors: [Ada]
                        date: 2023-07
                      - title: B
                        authors: [Ada]
                        date: In press
                """);
        List<Entry> papers = doc.cv().sections().get(0).entries();
        assertEquals(new EntryDate.On(d(2023, 7, 0)), ((Entry.Publication) papers.get(0)).date());
        assertEquals(new EntryDate.Text("In press"), ((Entry.Publication) papers.get(1)).date());
    }

    @Test
    void dateParserChecksLeapYears() {
        assertEquals(d(2024, 2, 29), DateParser.parse("2024-02-29").date());
        assertEquals("2023-02 has 28 days", DateParser.parse("2023-02-29").reason());
        assertEquals("there is no month 0", DateParser.parse("2023-00").reason());
    }
}
