package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A signing told again or completed outside its clause (round 5 of issue 9), in made-up reports. */
class SigningFollowUpsTest {
    @Test
    void signersWhoMetThenSignedTogetherJoinTheSigningJustTold() {
        List<Event> ss = signings(run("5月6日,福建省与汤加瓦瓦乌省在福州签署建立友好省关系协议书。"
                + "省长李向东会见瓦瓦乌省省长图伊·菲法一行,并共同签署协议书。", "2024-05-07"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(List.of("李向东", "图伊·菲法"), ss.get(0).signatories());
        assertEquals(Set.of("福建", "瓦瓦乌"), partiesOf(ss.get(0)));
    }

    @Test
    void twoPeopleSigningANamedDocumentOnPaperIsTheSigning() {
        List<Event> ss = signings(run("6月3日,赣州市副市长周平率团访问斯洛伐克科希策市,与科希策市市长彼得·诺瓦克举行会谈。"
                + "会谈结束后,周平与诺瓦克在建立友好合作关系意向书上签字。", "2024-06-05"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("LETTER_OF_INTENT", ss.get(0).agreement());
        assertEquals("科希策", ss.get(0).location());
        assertEquals("2024-06-03", ss.get(0).date());
    }

    @Test
    void aTwinningToldOnItsDayIsAnActButNotAStateOfThings() {
        assertEquals(1, signings(run("11月4日,烟台市与西班牙希洪市结为友好城市。", "2024-11-05")).size());
        assertTrue(signings(run("烟台市与西班牙希洪市结为友好城市,双方交往密切。", "2024-11-05")).isEmpty());
    }

    @Test
    void aLetterOfIntentThatMakesPartnerCitiesIsOneSigningAndARelation() {
        EventExtractor.Result r = run("3月4日,珠海市与巴拿马科隆市通过网络视频签署友好合作关系意向书,缔结友好合作城市。", "2024-03-05");
        List<Event> ss = signings(r);
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("LETTER_OF_INTENT", ss.get(0).agreement());
        assertEquals(null, ss.get(0).location(), "signed over video: no one place");
        assertTrue(relationKeys(r).contains("珠海-科隆@2024-03-04"), relationKeys(r).toString());
    }

    @Test
    void bothSidesAfterAHeadlineAreItsTwoParties() {
        List<Event> ss = signings(run("江南大学与无锡市签署校地合作框架协议\n5月7日,无锡市副市长陈红率代表团到江南大学调研。随后,双方签署校地合作框架协议。",
                "2024-05-08"));
        assertEquals(Set.of(Set.of("江南大学", "无锡")), partySets(ss));
        assertEquals("2024-05-07", ss.get(0).date());
    }

    @Test
    void theDocumentNamedAgainWithItsSignersAfterTheCeremonyWasTold() {
        List<Event> ss = signings(run("标题\n5月8日,东营市与加拿大红鹿市缔结友好城市关系签约仪式举行。市长刘伟与红鹿市市长保罗·泰勒签署了友好城市关系协议书。",
                "2024-05-09"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(List.of("刘伟", "保罗·泰勒"), ss.get(0).signatories());
        assertEquals("友好城市关系协议书", ss.get(0).title());
    }

    @Test
    void aClauseSayingWhoSignedTheDocumentIsNoSecondSigning() {
        List<Event> ss = signings(run("5月8日,东营市与加拿大红鹿市签署友好城市关系协议书,协议由东营市市长刘伟和红鹿市市长保罗·泰勒签署。",
                "2024-05-09"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(List.of("刘伟", "保罗·泰勒"), ss.get(0).signatories());
    }

    @Test
    void aSigningToldOnlyInTheHeadlineTakesTheLeadsDayAndVisit() {
        Event e = signings(run("烟台市与日本别府市签署友好城市协议\n6月8日,日本别府市市长佐藤一郎率团访问烟台市。市长王磊会见了客人。",
                "2024-06-10")).get(0);
        assertEquals("2024-06-08", e.date());
        assertEquals("烟台", e.location());
    }

    @Test
    void onAPageOfNoKnownYearAYearOfTheBackgroundIsNoDayOfTheSigning() {
        Event e = signings(run("海口市与意大利维罗纳市签署友好交流备忘录\n2003年初,海口市与维罗纳市建立联系并多次互访。", null)).get(0);
        assertEquals(null, e.date());
    }

    @Test
    void aTwinningOnADayOtherThanTheLetterOfIntentsIsASigningOfItsOwn() {
        EventExtractor.Result r = run("台南市与日本松江市三年前签定友好交流意向书,今天正式缔结为姊妹市,两市市长互赠纪念品。", "2024-05-10");
        List<Event> ss = signings(r);
        assertEquals(List.of("LETTER_OF_INTENT", "SISTER_CITY"), ss.stream().map(Event::agreement).toList(), ss.toString());
        assertEquals("2024-05-10", ss.get(1).date());
    }

    // round 27 of issue 9: a headline's signing told in the body by its two signers, on a dated page (made-up)
    @Test
    void theBodyNamingTheHeadlinesSigningByItsTwoSignersGivesThemOnADatedPage() {
        List<Event> ss = signings(run("烟台与巴西卡尔米市签订友好往来意向书\n时间:2022-03-22 18:21:10 来源:烟台日报\n"
                + "22日上午,市长王大明、巴西卡尔米市市长佩德罗·席尔瓦一同出席线上会见并共同签订两市友好往来意向书。", "2022-03-22"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(Set.of("王大明", "佩德罗·席尔瓦"), Set.copyOf(ss.get(0).signatories()), ss.toString());
        assertEquals("2022-03-22", ss.get(0).date());
    }

    @Test
    void aTwinningPlacedAtTheMeetingReportedIsDoneThere() {
        String text = "2031年6月2日,友好城市大会在兰州开幕。会上,兰州市与意大利都灵市结为友好城市。";
        List<Event> ss = signings(run(text, "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵")), partySets(ss));
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }

    @Test
    void twinningsPickedOutOfTheSigningsJustCountedAreDoneThere() {
        String text = "2031年6月2日,友好城市大会在兰州开幕。会议期间共有2对城市签署了友好城市协议。"
                + "其中,兰州市与意大利都灵市、西宁市与法国南特市结为友好城市。";
        List<Event> ss = signings(run(text, "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵"), Set.of("西宁", "南特")), partySets(ss));
    }

    @Test
    void twinningsPickedOutOfAListWithNoSigningAreNoActs() {
        String text = "2031年6月2日,兰州市外办介绍了本市的国际交往。"
                + "其中,兰州市与意大利都灵市、西宁市与法国南特市结为友好城市。";
        assertTrue(signings(run(text, "2031-06-03")).isEmpty());
    }

    @Test
    void twinningsPickedOutOfAStandingCountAreNoActs() {
        String text = "2031年6月2日,兰州市外办介绍,兰州目前已与28个城市签署友好协议。"
                + "其中,兰州市与意大利都灵市、西宁市与法国南特市结为友好城市。";
        assertTrue(signings(run(text, "2031-06-03")).isEmpty());
    }

    @Test
    void aTwinningPlacedInATermOfOfficeIsNoActOfTheDay() {
        String text = "2031年6月2日,兰州市举行座谈会。王明担任市长期间,兰州市与意大利都灵市结为友好城市。";
        assertTrue(signings(run(text, "2031-06-03")).isEmpty());
    }

    @Test
    void aTwinningRecalledInsideTheMeetingsClauseStaysATwinningOfItsYear() {
        String text = "2031年6月2日,友好城市大会在兰州开幕。会上,市长王明回顾说,兰州市与意大利都灵市结为友好城市。";
        assertTrue(signings(run(text, "2031-06-03")).isEmpty());
    }
}
