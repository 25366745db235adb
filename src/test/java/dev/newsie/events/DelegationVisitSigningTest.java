package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A delegation led to another place, then a signing with no party of its own (made-up reports). */
class DelegationVisitSigningTest {
    @Test
    void theLeadersPlaceAndThePlaceVisitedSignThere() {
        String text = "7月2日上午,柘城县县长王明带领有关部门负责人前往巩义市考察,交流了产业发展的做法,并签订结对帮扶协议书。";
        Event s = theOneSigning(text, "2022-07-03");
        assertEquals(java.util.Set.of("柘城", "巩义"), partiesOf(s));
        assertEquals("巩义", s.location());
        assertEquals("2022-07-02", s.date());
    }

    @Test
    void aListOfLeadersWithTheirOfficesStillLeadsFromTheFirstPlace() {
        String text = "7月2日上午,柘城县委副书记、县长王明,县委常委、县委办公室主任李强,县委常委、常务副县长赵刚带领有关部门负责人前往巩义市考察,"
                + "看了三个产业园区,并签订结对帮扶协议书。";
        Event s = theOneSigning(text, "2022-07-03");
        assertEquals(java.util.Set.of("柘城", "巩义"), partiesOf(s));
    }

    @Test
    void aPlaceNamedBetweenTheVisitAndTheVerbIsLeftToThePairRules() {
        String text = "7月2日上午,柘城县县长王明率团前往巩义市考察,并见证了郑州市与洛阳市签订合作协议书。";
        List<Event> ss = signings(run(text, "2022-07-03"));
        assertTrue(ss.stream().noneMatch(e -> e.parties().contains("柘城")), ss.toString());
    }

    @Test
    void aVisitToOurCityThenASigningWithOurCityIsWithThePagesOwnPlace() {
        String text = "来源:湖州市人民政府\n9月18日,盐津县县长苏启航等一行来我市学习考察,就加强两地合作进行了座谈,并与我市签订了友好合作协议。";
        Event s = theOneSigning(text, "2014-09-19");
        assertEquals(java.util.Set.of("盐津", "湖州"), partiesOf(s));
        assertEquals("湖州", s.location());
    }

    @Test
    void aPartnerOtherThanThePlaceVisitedIsNotPairedWithTheVisitors() {
        String text = "9月18日,盐津县县长苏启航一行来湖州市考察,并与丽水市签订了友好合作协议。";
        List<Event> ss = signings(run(text, "2014-09-19"));
        assertTrue(ss.stream().noneMatch(e -> e.parties().contains("盐津") && e.parties().contains("湖州")), ss.toString());
    }

    @Test
    void aDelegationVisitingOurCountyThenSigningWithOurCountyIsWithThePagesOwnCounty() {
        String text = "来源:德清县人民政府\n9月18日,日本鹤冈市代表团来我县考察,并与我县签署了友好交流协议书。德清县位于湖州市东部。";
        Event s = theOneSigning(text, "2031-09-19");
        assertEquals(java.util.Set.of("鹤冈", "德清"), partiesOf(s));
        assertEquals("德清", s.location());
    }

    @Test
    void aHeadWhoWentToAnotherPlaceToTwinSignsForHisOwnThere() {
        Event s = theOneSigning("2015年,苏州市市长王大明率团到意大利威尼斯市签订友好城市协议。", "2025-06-02");
        assertEquals(java.util.Set.of("苏州", "威尼斯"), partiesOf(s));
        assertEquals("威尼斯", s.location());
        assertEquals(List.of("王大明"), s.signatories());
    }

    @Test
    void aHeadRecallingThatHeWentToTwinIsThePlaceNamedWithHisTitle() {
        String text = "汤泽市市长黎大同十分高兴嘉义市访问团到访,他说十年前他以市长身份到嘉义市签订姊妹市协定,自此双方交流不断。";
        Event s = theOneSigning(text, "2025-06-02");
        assertEquals(java.util.Set.of("汤泽", "嘉义"), partiesOf(s));
        assertEquals(List.of("黎大同"), s.signatories());
    }
}
