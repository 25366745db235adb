package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Made-up reports: a signing told in a report of a forum, with no place of its own sentence, was made where the
 * forum was held; one of another time (recalled years before) was not.
 */
class SigningAtTheForumTest {
    private static final String FORUM = "友城大会在苏州开幕\n\n2022年6月,2022苏州国际友好城市大会在苏州举行。"
            + "来自12个国家的嘉宾出席大会。\n";

    private static Event only(String report) {
        List<Event> ss = MadeUpReports.signings(MadeUpReports.run(report, "2022-06-04"));
        assertEquals(1, ss.size(), ss.toString());
        return ss.get(0);
    }

    @Test
    void anUnplacedSigningOfTheForumsDayWasMadeAtTheForum() {
        Event s = only(FORUM + "据悉,苏州市与智利特木科市签订了经贸合作备忘录。\n");
        assertEquals("苏州", s.location(), s.toString());
    }

    @Test
    void aSigningOfAnotherYearIsNotPlacedAtTheForum() {
        Event s = only(FORUM + "2010年5月,苏州市与智利特木科市签订了经贸合作备忘录。\n");
        assertNull(s.location(), s.toString());
    }
}
