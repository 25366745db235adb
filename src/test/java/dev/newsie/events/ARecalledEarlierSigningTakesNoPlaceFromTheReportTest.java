package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.ofType;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up reports: a signing dated years before the report (2024年,甲与乙签署…) was made elsewhere in time, so the
 * place of the report's own scene (a headline's ceremony, a meeting with visitors) is not its place; the report's own
 * signing keeps that place, and so does one of the last weeks.
 */
class ARecalledEarlierSigningTakesNoPlaceFromTheReportTest {
    private static Event dated(List<Event> s, String date) {
        return s.stream().filter(e -> date.equals(e.date())).findFirst().orElseThrow(() -> new AssertionError(s.toString()));
    }

    @Test
    void theHeadlinesCeremonyIsNotWhereAnEarlierSigningWasMade() {
        String text = "烟台襄阳续签备忘录 签字仪式于烟台举行\n\n9月5日,烟台与襄阳续签交流备忘录。\n\n"
                + "2024年,烟台与襄阳签署了《教育交流意向书》。";
        List<Event> s = ofType(run(text, "2031-09-06"), EventType.SIGNING);
        assertEquals("烟台", dated(s, "2031-09-05").location(), s.toString());
        assertNull(dated(s, "2024").location(), s.toString());
    }

    @Test
    void theHostOfTheVisitorsIsNotWhereAnEarlierSigningWasMade() {
        String text = "襄阳市代表团访问烟台\n\n昨日,烟台市长李强会见襄阳市副市长王明一行,两市签署2032年度友好交流协议书。\n\n"
                + "2019年3月,两市签订了教育合作备忘录。";
        List<Event> s = ofType(run(text, "2031-06-11"), EventType.SIGNING);
        assertEquals("烟台", dated(s, "2031-06-10").location(), s.toString());
        assertNull(dated(s, "2019-03").location(), s.toString());
    }

    @Test
    void onlyADateEndingWellBeforeTheReportIsRecalled() {
        assertTrue(RecalledEarlierSigning.recalled("2031-09-06", "2024"));
        assertTrue(RecalledEarlierSigning.recalled("2031-06-11", "2019-03"));
        assertTrue(RecalledEarlierSigning.recalled("2031", "1998")); // a report known by its year only
        assertFalse(RecalledEarlierSigning.recalled("2031-01-03", "2030-12-28")); // last week, across the new year
        assertFalse(RecalledEarlierSigning.recalled("2031-01-20", "2030-12")); // last month
        assertFalse(RecalledEarlierSigning.recalled("2031-02-01", "2031")); // the report's own year
        assertFalse(RecalledEarlierSigning.recalled(null, "2019"));
    }
}
