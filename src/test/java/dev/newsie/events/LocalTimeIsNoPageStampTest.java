package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.partiesOf;
import static dev.newsie.events.MadeUpReports.theOneSigning;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up reports of a visit abroad dated in local time (当地时间10日), then a signing told in the next sentence with no
 * day of its own: the local day is the story's, not a page's publication stamp, so the signing takes it.
 */
class LocalTimeIsNoPageStampTest {
    @Test
    void aSigningAfterAVisitDatedInLocalTimeTakesThatDay() {
        Event e = theOneSigning("当地时间10日,温州市市长王青率团访问意大利蒙塔诺市。随后,两市签订了结好协议书。", "2024-05-12");
        assertEquals(Set.of("温州", "蒙塔诺"), partiesOf(e));
        assertEquals("2024-05-10", e.date());
    }

    @Test
    void aStampLabelledWithTheTimeStillDatesOnlyThePage() {
        Event e = theOneSigning("两市结好\n时间:2024-05-11 来源:某某网\n温州市与意大利蒙塔诺市日前签订了结好协议书。", "2024-05-11");
        assertEquals("2024-05", e.date()); // not the stamp's day: 日前 gives the act only the month (RecentlyToldAct)
    }

    @Test
    void aStampLabelledWithTheTimeDatesNoActToldWithoutATime() {
        Event e = theOneSigning("两市结好\n时间:2024-05-11 来源:某某网\n温州市与意大利蒙塔诺市签订了结好协议书。", "2024-05-11");
        assertEquals(null, e.date());
    }
}
