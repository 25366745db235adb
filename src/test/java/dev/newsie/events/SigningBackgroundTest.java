package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing verbs that tell background, not the act: planned, a tally, an earlier year (made-up reports). */
class SigningBackgroundTest {
    @Test
    void aTallyOfACitysPartnersIsRelationsNotSignings() {
        EventExtractor.Result r = run("桂林市目前已与日本熊本市、美国奥兰多市等8个城市缔结友好城市关系。", "2022-04-08");
        assertTrue(signings(r).isEmpty(), signings(r).toString());
        Set<String> pairs = r.relations().stream().map(x -> String.join("-", x.parties().stream().sorted().toList()))
                .collect(Collectors.toSet());
        assertTrue(pairs.containsAll(Set.of("桂林-熊本", "奥兰多-桂林")), pairs.toString());
    }

    @Test
    void aPastSigningOfANamedDocumentToldAsAnActIsAnEventOfThatYear() {
        EventExtractor.Result r = run("1980年,江苏省与美国俄亥俄州签署建立友好省州关系协议书,两省州从此开始交流。", "2024-06-12");
        List<Event> ss = signings(r);
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("1980", ss.get(0).date());
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }

    @Test
    void aTwinningPlannedOrHopedForIsNoSigning() {
        assertTrue(signings(run("新竹市与日本奈良市预定今年底缔盟。", "2024-08-23")).isEmpty());
        assertTrue(signings(run("奈良市盼与新竹市签署友好城市协议。", "2024-08-23")).isEmpty());
    }

    @Test
    void aTallyOpenedBySoFarIsBackgroundNotSignings() {
        String text = "目前，莆田市已与美国奥兰多、法国南特、日本岐阜等缔结友好城市关系。";
        EventExtractor.Result r = run(text, "2024-06-01");
        assertTrue(signings(r).isEmpty());
    }

    @Test
    void aTwinningWhoseClauseWritesItsEarlierYearIsASigningOfThatYear() {
        EventExtractor.Result r = run("南平市与法国图卢兹市于2010年正式建立友好城市关系。", "2024-05-06");
        List<Event> ss = signings(r);
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("2010", ss.get(0).date());
        assertEquals("SISTER_CITY", ss.get(0).agreement());
        assertTrue(relationKeys(r).contains("南平-图卢兹@2010"), relationKeys(r).toString());
        Event before = theOneSigning("海宁市1996年与德国弗伦斯堡市缔盟,两市往来密切。", "2023-03-02");
        assertEquals("1996", before.date(), before.toString());
    }

    @Test
    void aTwinningYearThatOpensASpanOrIsRecalledByASpeakerStaysARelation() {
        EventExtractor.Result since = run("南平市自2010年与法国图卢兹市缔结友好城市关系以来,两市交流不断。", "2024-05-06");
        assertTrue(signings(since).isEmpty(), signings(since).toString());
        assertTrue(relationKeys(since).contains("南平-图卢兹@2010"), relationKeys(since).toString());
        EventExtractor.Result recalled = run("图卢兹市长在致辞中表示,两市于2010年缔结友好城市关系。", "2024-05-06");
        assertTrue(signings(recalled).isEmpty(), signings(recalled).toString());
    }

    // round 7 of issue 9: page-shaped probes (made-up sentences)

    @Test
    void deliberatingATwinningOrSigningByHabitIsNoAct() {
        String text = "2019年宫崎市交流团到访花莲,双方于是开始研议缔盟。两市每五年签署一次合作备忘录。";
        assertTrue(signings(run(text, "2022-05-10")).isEmpty());
    }

    @Test
    void aSigningLeftForWhenTheTimeIsRightIsNoAct() {
        String text = "根据意向书,双方将加强交流,并视情适时签订缔结友好城市关系的协议书。";
        assertTrue(signings(run("奈良市与新竹市视情适时签订友好城市协议书。", "2024-08-23")).isEmpty());
        assertTrue(signings(run(text, "2024-08-23")).isEmpty());
    }

    @Test
    void anAnniversaryInTheDocumentsQuotedNameMakesNoBackground() {
        String text = "九江市与意大利佩鲁贾市今天举行结好20周年庆典。两市市长签署了“结好20周年纪念协议书”。";
        List<Event> ss = signings(run(text, "2024-06-12"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("结好20周年纪念协议书", ss.get(0).title());
    }

    @Test
    void aTwinningAlreadyInPlaceIsARelationNotASigning() {
        EventExtractor.Result r = run("台南市与静冈县的滨松市早已缔结姊妹市关系,双方往来密切。", "2024-05-01");
        assertTrue(signings(r).isEmpty(), signings(r).toString());
        assertTrue(relationKeys(r).contains("台南-滨松@null"), relationKeys(r).toString());
    }

    @Test
    void aTallyOfPairsThatHaveTwinnedIsNoSigning() {
        EventExtractor.Result r = run("今年光是彰化县田中镇与宫崎县日南市、台中市与熊本市等两组已完成缔盟。", "2025-10-17");
        assertTrue(signings(r).isEmpty(), signings(r).toString());
        assertTrue(relationKeys(r).containsAll(Set.of("日南-田中镇@2025", "台中-熊本@2025")), relationKeys(r).toString());
    }

    @Test
    void aSigningGoingOnFromAPlannedClauseIsPlannedToo() {
        String text = "高阳市副市长林某某表示,将就两市经验进行交流,并签署三项合作备忘录。";
        assertTrue(signings(run("高阳市与泉州市论坛今日登场。" + text, "2025-06-02")).isEmpty());
    }

    @Test
    void aSigningToldAsDoneAfterAPlannedClauseIsStillAnAct() {
        String text = "高阳市与泉州市表示将加强交流,并签署了友好城市协议书。";
        assertEquals(1, signings(run(text, "2025-06-02")).size());
    }

    // round 19 of issue 9: a hope for next year, said after the act was told

    @Test
    void aTwinningHopedForNextYearLeavesTheMemorandumSignedToday() {
        String text = "12日,海口市市长张立与来访的意大利维罗纳市市长举行会谈,双方签订了友好交流与合作备忘录。"
                + "张立说,相信两市能够在明年内正式缔结友好城市关系。";
        EventExtractor.Result r = run(text, "2024-06-13");
        List<Event> ss = signings(r);
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("MEMORANDUM", ss.get(0).agreement());
        assertTrue(r.relations().isEmpty(), r.relations().toString());
    }

    @Test
    void aTwinningSaidToHaveLastedOverSoManyYearsIsNoSigning() {
        EventExtractor.Result r = run("旧金山与台北市是姊妹市,两市缔盟已逾50年。旧金山市议员今天出席了庆祝活动。", "2031-05-08");
        assertTrue(signings(r).isEmpty(), signings(r).toString());
    }

    @Test
    void twinnedForYearsBefore的DescribesPartnersAndTellsNoSigning() {
        EventExtractor.Result r = run("兰州市与日本秋田市是缔盟多年的姊妹市。2031年5月2日,秋田市副市长率团访问兰州。", "2031-05-03");
        assertTrue(signings(r).isEmpty(), r.events().toString());
        assertTrue(relationKeys(r).contains("兰州-秋田@null"), r.relations().toString());
    }

    @Test
    void anUncountedLengthClosingTheTwinningsClauseTellsNoSigning() {
        for (String text : List.of("嘉兴市与日本佐贺市缔盟多年,双方人员往来频繁。",
                "遵义市同韩国原州市结为友好城市已久,交流密切。",
                "常德市和澳大利亚达博市结好多年来,合作不断深化。")) {
            EventExtractor.Result r = run(text, "2031-05-03");
            assertTrue(signings(r).isEmpty(), text + " " + signings(r));
            assertTrue(r.relations().size() == 1 && r.relations().get(0).since() == null, text + " " + r.relations());
        }
    }

    @Test
    void aLengthThatGoesOnToAnotherWordLeavesTheSigningOfToday() {
        EventExtractor.Result r = run("2031年5月3日,嘉兴市与日本佐贺市在市政府缔结友好城市关系,多年努力终见成果。", "2031-05-03");
        assertEquals(1, signings(r).size(), r.events().toString());
    }

    @Test
    void yearsCountedRightAfterTheDocumentSignedAreNoSigning() {
        String text = "3日,南京市与意大利佛罗伦萨市签署建立友好城市关系协议书。"
                + "佛罗伦萨市市长说,佛罗伦萨与南京签署合作意向书八年来,双方在文化领域往来频繁。";
        List<Event> ss = signings(run(text, "2024-05-04"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }

    @Test
    void aSubjectlessClauseOnThePartnerGoesOnWithThePlanBeforeIt() {
        EventExtractor.Result r = run("成都市长王立新下月将出访西班牙。在马德里停留两天后,王立新将前往巴塞罗那市参观,与巴塞罗那市签署经贸合作备忘录。",
                "2019-04-15");
        assertTrue(signings(r).isEmpty(), signings(r).toString());
        // after a clause that plans nothing, the same shape is a signing
        assertEquals(1, signings(run("青岛市代表团日前出访西班牙,与巴塞罗那市签署了经贸合作备忘录。", "2019-04-15")).size());
    }

    @Test
    void aTwinningSetBesideWhatIsToldIsNoSigning() {
        EventExtractor.Result r = run("市府表示,济南与日本和歌山县往来频繁,除了缔结友好城市以外,两地还互派研修生。", "2023-09-20");
        assertTrue(signings(r).isEmpty(), signings(r).toString());
        assertTrue(relationKeys(r).contains("和歌山-济南@null"), relationKeys(r).toString());
    }

    @Test
    void aStanceOnATwinningOrItsBillBeforeACouncilIsNoSigning() {
        String text = "新竹市议员王小明表示,全力支持新竹市政府与日本奈良市缔结姊妹市,但反对以不对等的名称签署。";
        assertTrue(signings(run(text, "2024-08-23")).isEmpty());
        text = "新竹市议会今天开会,新竹市政府与日本奈良市缔结姊妹市案顺利通过。";
        assertTrue(signings(run(text, "2024-08-23")).isEmpty());
        text = "在外交部的大力支持下,新竹市与日本奈良市今天正式签署姊妹市协定。";
        assertEquals(1, signings(run(text, "2024-08-23")).size());
    }

    @Test
    void aTwinningMeasuredByMoreThanSomeYearsIsAStateNotASigning() {
        String text = "新竹市长访问日本奈良市时表示,两地缔结姊妹市超过15年,盼加深往来。";
        assertTrue(signings(run(text, "2024-08-23")).isEmpty(), signings(run(text, "2024-08-23")).toString());
    }

    @Test
    void documentsSignedWithinTheYearsATwinningHasLastedHaveNoTimeOfTheirOwn() {
        String text = "日本奈良市的教育代表团昨天抵达新竹市。两市结好40年来,学校、医院和剧团陆续签订十余份合作文件。";
        List<Event> ss = signings(run(text, "2024-08-23"));
        assertTrue(ss.isEmpty(), ss.toString());
    }

    @Test
    void aSigningWithADayOfItsOwnAfterTheTwinningsSpanIsAnAct() {
        String text = "日本奈良市的教育代表团昨天抵达新竹市。两市结好20年来,今天又签署了《深化教育合作协议》。";
        List<Event> ss = signings(run(text, "2024-08-23"));
        assertEquals(1, ss.size(), ss.toString());
    }
}
