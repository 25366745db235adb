package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pair told first, then the two people who signed for it by their posts (made-up reports). */
class SignersForTheToldPairTest {
    @Test
    void aStateOfficialSigningForThePartnerCityIsNoSideOfItsOwn() {
        String text = "马来西亚古晋市与江西吉安市18日正式缔结友好城市关系,吉安市委副书记、市长罗定安,"
                + "马来西亚砂拉越州行政议员陈志明代表双方签署协议书。";
        Event s = theOneSigning(text, "2019-06-21");
        assertEquals(java.util.Set.of("古晋", "吉安"), partiesOf(s));
        assertEquals(List.of("罗定安", "陈志明"), s.signatories());
    }

    @Test
    void theTwoSignersAfterALetterOfIntentsPairSignIt() {
        String text = "巴西坎皮纳斯市与四川绵阳市近日正式缔结友好城市关系,绵阳市委副书记、市长柯立远,巴西圣保罗州议员卡洛斯·席尔瓦代表双方签署意向书。";
        Event s = theOneSigning(text, "2019-06-21");
        assertEquals(java.util.Set.of("坎皮纳斯", "绵阳"), partiesOf(s));
        assertEquals(List.of("柯立远", "卡洛斯·席尔瓦"), s.signatories());
    }

    @Test
    void twoPeopleWithBarePostsInAClauseOfTheirOwnSignTheToldPairsActWhereTheySigned() {
        String text = "屏东县与日本大分县别府市今天正式缔盟，县长周一鸣与市长长野恭纮在县府完成签署。";
        Event s = theOneSigning(text, "2024-04-02");
        assertEquals(java.util.Set.of("屏东", "别府"), partiesOf(s));
        assertEquals(List.of("周一鸣", "长野恭纮"), s.signatories());
        assertEquals("屏东", s.location());
    }

    @Test
    void twoPeopleInAClauseWithAPlaceOfItsOwnAreNoSignersOfTheToldPair() {
        String text = "屏东县与日本大分县别府市今天正式缔盟，县长周一鸣与台南市长黄大同另签署备忘录。";
        Event s = signings(run(text, "2024-04-02")).get(0);
        assertEquals(null, s.signatories());
    }
}
