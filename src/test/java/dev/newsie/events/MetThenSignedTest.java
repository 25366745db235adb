package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.run;
import static dev.newsie.events.MadeUpReports.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Made-up reports of a host who meets a guest and, in a clause with no subject of its own, signs. */
class MetThenSignedTest {
    @Test
    void theHostAndTheOneGuestWhoMetSignAfterATalkClause() {
        List<Event> ss = signings(run("两市缔结友好关系\n5月7日,烟台市市长周立新会见了来访的日本别府市市长山田太郎一行,"
                + "就两地文化交流进行了会谈,并签署了友城意向书。", "2024-05-07"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(List.of("周立新", "山田太郎"), ss.get(0).signatories());
    }

    @Test
    void theSigningToldInTheHeadlineGetsTheTwoWhoMetInTheBody() {
        List<Event> ss = signings(run("烟台市与日本别府市缔结友好城市关系\n5月7日,市委副书记、市长周立新会见了前来我市访问的日本别府市市长山田太郎一行,"
                + "就两市合作进行了会谈,并签署了友城意向书。", "2024-05-07"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(List.of("周立新", "山田太郎"), ss.get(0).signatories());
    }

    @Test
    void aPastSigningOfTheSameTwoKeepsNoSigners() {
        List<Event> ss = signings(run("两市深化交流\n5月7日,烟台市市长周立新会见了来访的日本别府市市长山田太郎一行,"
                + "就两地文化交流进行了会谈,并签署了经贸合作备忘录。1998年,烟台市与别府市签署了友好城市协议书。", "2024-05-07"));
        for (Event e : ss) {
            if ("1998".equals(e.date())) {
                assertNull(e.signatories(), e.toString());
            } else {
                assertEquals(List.of("周立新", "山田太郎"), e.signatories(), e.toString());
            }
        }
    }

    @Test
    void aSigningDatedByItsYearAloneOnAnUndatedPageKeepsNoSigners() {
        List<Event> ss = signings(run("两市深化交流\n烟台市市长周立新会见了来访的日本别府市市长山田太郎一行,"
                + "就两地文化交流进行了会谈,并签署了经贸合作备忘录。烟台市与别府市于1998年签署了友好城市协议书。", null));
        for (Event e : ss) {
            if ("1998".equals(e.date())) {
                assertNull(e.signatories(), e.toString());
            }
        }
    }

    @Test
    void eachActingForHisSideAfterTheMeeting() {
        List<Event> ss = signings(run("两省结好\n吉林省省长张明远会见巴西米纳斯州州长卡洛斯,并分别代表双方签署友好省州协议书。",
                "2024-05-07"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(List.of("张明远", "卡洛斯"), ss.get(0).signatories());
    }

    @Test
    void hostAloneWhenSeveralGuestsWereMet() {
        List<Event> ss = signings(run("我市新添友城\n5月7日,烟台市市长周立新会见了日本别府市市长山田太郎、韩国丽水市副市长金正浩一行,"
                + "并与别府市、丽水市分别签订友好城市关系意向书。", "2024-05-07"));
        assertEquals(2, ss.size(), ss.toString());
        for (Event e : ss) {
            assertEquals(List.of("周立新"), e.signatories(), e.toString());
        }
    }

    @Test
    void thoseWhoMetOnlyWitnessed() {
        List<Event> ss = signings(run("两市签约\n5月7日,烟台市市长周立新会见了日本别府市市长山田太郎一行,并见证签约。"
                + "烟台市与别府市签署了经贸合作备忘录。", "2024-05-07"));
        for (Event e : ss) {
            assertNull(e.signatories(), e.toString());
        }
    }
}
