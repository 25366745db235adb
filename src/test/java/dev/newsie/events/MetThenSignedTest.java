package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.run;
import static dev.newsie.events.MadeUpReports.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up reports of a host who meets a guest and, in a clause with no subject of its own, signs. */
class MetThenSignedTest {
    @Test
    void theHostAndTheOneGuestWhoMetSignAfterATalkClause() {
        List<Event> ss = signings(run("两市结好\n3月2日,白山市市长王明会见了来访的法国南特市市长让·杜邦一行,"
                + "就两地旅游合作进行了会谈,并签署了友城意向书。", "2031-03-02"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(List.of("王明", "让·杜邦"), ss.get(0).signatories());
    }

    @Test
    void theSigningToldInTheHeadlineGetsTheTwoWhoMetInTheBody() {
        List<Event> ss = signings(run("白山市与法国南特市缔结友好城市关系\n3月2日,市长王明会见了率团来访的法国南特市市长让·杜邦,"
                + "双方就港口合作深入交换了意见,并签署了友城意向书。", "2031-03-02"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(List.of("王明", "让·杜邦"), ss.get(0).signatories());
    }

    @Test
    void aPastSigningOfTheSameTwoKeepsNoSigners() {
        List<Event> ss = signings(run("两市深化交流\n3月2日,白山市市长王明会见了来访的法国南特市市长让·杜邦一行,"
                + "就两地旅游合作进行了会谈,并签署了经贸合作备忘录。2001年,白山市与南特市签署了友好城市协议书。", "2031-03-02"));
        assertEquals(2, ss.size(), ss.toString());
        for (Event e : ss) {
            if ("2001".equals(e.date())) {
                assertNull(e.signatories(), e.toString());
            } else {
                assertEquals(List.of("王明", "让·杜邦"), e.signatories(), e.toString());
            }
        }
    }

    @Test
    void aSigningDatedByItsYearAloneOnAnUndatedPageKeepsNoSigners() {
        List<Event> ss = signings(run("两市深化交流\n白山市市长王明会见了来访的法国南特市市长让·杜邦一行,"
                + "就两地旅游合作进行了会谈,并签署了经贸合作备忘录。白山市与南特市于2001年签署了友好城市协议书。", null));
        assertTrue(ss.stream().anyMatch(e -> "2001".equals(e.date())), ss.toString());
        for (Event e : ss) {
            if ("2001".equals(e.date())) {
                assertNull(e.signatories(), e.toString());
            }
        }
    }

    @Test
    void aFullyDatedSigningOnAnUndatedPageKeepsNoSigners() {
        List<Event> ss = signings(run("两市深化交流\n白山市市长王明会见了来访的法国南特市市长让·杜邦一行,"
                + "就两地旅游合作进行了会谈,并签署了经贸合作备忘录。白山市与南特市于2001年5月3日签署了友好城市协议书。", null));
        assertTrue(ss.stream().anyMatch(e -> "2001-05-03".equals(e.date())), ss.toString());
        for (Event e : ss) {
            if ("2001-05-03".equals(e.date())) {
                assertNull(e.signatories(), e.toString());
            }
        }
    }

    @Test
    void aLaterSigningWithAThirdCityKeepsNoSigners() {
        List<Event> ss = signings(run("白山市新添友城\n3月2日,白山市市长王明会见了来访的法国南特市市长让·杜邦一行,"
                + "就两地旅游合作进行了会谈,并签署了友城意向书。3月3日,白山市与日本松本市签署了经贸合作备忘录。", "2031-03-03"));
        assertEquals(2, ss.size(), ss.toString());
        for (Event e : ss) {
            if (e.parties().contains("松本")) {
                assertNull(e.signatories(), e.toString());
            } else {
                assertEquals(List.of("王明", "让·杜邦"), e.signatories(), e.toString());
            }
        }
    }

    @Test
    void aPartnerAfterWithWhoIsNotTheGuestSignsWithTheHostAlone() {
        List<Event> ss = signings(run("白山市新添友城\n3月2日,白山市市长王明会见了来访的法国南特市市长让·杜邦一行,"
                + "并与日本松本市签署了友城意向书。", "2031-03-02"));
        assertTrue(ss.stream().anyMatch(e -> e.parties().contains("松本")), ss.toString());
        for (Event e : ss) {
            if (e.signatories() != null) {
                assertEquals(List.of("王明"), e.signatories(), e.toString());
            }
        }
    }

    @Test
    void eachActingForHisSideAfterTheMeeting() {
        List<Event> ss = signings(run("两市结好\n白山市市长王明会见法国南特市市长让·杜邦,并分别代表两市签署友好城市协议书。",
                "2031-03-02"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(List.of("王明", "让·杜邦"), ss.get(0).signatories());
    }

    @Test
    void hostAloneWhenSeveralGuestsWereMet() {
        List<Event> ss = signings(run("白山市新添友城\n3月2日,白山市市长王明会见了法国南特市市长让·杜邦、日本松本市副市长田中一郎一行,"
                + "并与南特市、松本市分别签订友好城市关系意向书。", "2031-03-02"));
        assertEquals(2, ss.size(), ss.toString());
        for (Event e : ss) {
            assertEquals(List.of("王明"), e.signatories(), e.toString());
        }
    }

    @Test
    void thoseWhoMetOnlyWitnessed() {
        List<Event> ss = signings(run("两市签约\n3月2日,市长王明会见了南特市客人让·杜邦,并见证签约。"
                + "白山市与法国南特市随后签署了旅游合作备忘录。", "2031-03-02"));
        assertEquals(1, ss.size(), ss.toString());
        for (Event e : ss) {
            assertNull(e.signatories(), e.toString());
        }
    }

    @Test
    void everyVerbOfReceivingAGuestInTheMeetingListLeadsToTheSigners() {
        for (String verb : RoleWords.MEETING_VERBS.words("RECEIVE")) {
            List<Event> ss = signings(run("两市结好\n3月2日,白山市市长王明" + verb + "了来访的法国南特市市长让·杜邦一行,"
                    + "就两地旅游合作进行了会谈,并签署了友城意向书。", "2031-03-02"));
            assertEquals(1, ss.size(), verb + ": " + ss);
            assertEquals(List.of("王明", "让·杜邦"), ss.get(0).signatories(), verb);
        }
    }
}
