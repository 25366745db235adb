package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Constructions of signing reports in the genre (round 3 of issue 9), each in a made-up sentence: names, dates and
 * documents are invented.
 */
class SigningExtractorTest {
    @Test
    void aMayorActingForHisCityWithEachPartnerOfAList() {
        String text = "扬州市市长王一鸣代表扬州市分别与意大利佛罗伦萨市、捷克布尔诺市签订了友好交流关系协议书。";
        List<Event> ss = signings(run(text, "2021-09-09"));
        assertEquals(Set.of(Set.of("扬州", "佛罗伦萨"), Set.of("扬州", "布尔诺")), partySets(ss));
        for (Event e : ss) {
            assertEquals("SISTER_CITY", e.agreement());
            assertEquals(List.of("王一鸣"), e.signatories());
        }
    }

    @Test
    void aMayorSigningOnADayWrittenInTheTaiwanBracketFormWithAPartnerOfHisOwn() {
        // 今(9)日 reaches the events stage as 今日(9日); the partner's mayor follows the partner
        Event e = signings(run("花莲县长王志明今日(9日)与日本宫崎市市长田中一郎共同签署姊妹市协定。", "2022-03-09")).get(0);
        assertEquals(Set.of("花莲", "宫崎"), Set.copyOf(e.parties()));
        assertEquals(List.of("王志明", "田中一郎"), e.signatories());
        assertEquals("2022-03-09", e.date());
    }

    @Test
    void theDayOfASigningMayCarryATimeOfDay() {
        Event e = signings(run("花莲县长王志明于今天下午与日本宫崎市市长田中一郎签署姊妹市协定。", "2022-03-09")).get(0);
        assertEquals(List.of("王志明", "田中一郎"), e.signatories());
        Event f = signings(run("花莲县长王志明今日(9日)上午与日本宫崎市长田中一郎签署姊妹市协定。", "2022-03-09")).get(0);
        assertEquals(Set.of("花莲", "宫崎"), Set.copyOf(f.parties()));
    }

    @Test
    void aSecondVerbWithoutADocumentNamesWhoSignedTheFirst() {
        Event e = signings(run("花莲县与日本宫崎市今天签署姊妹市协定，由县长王志明与宫崎市长田中一郎代表签署。", "2022-03-09")).get(0);
        assertEquals(List.of("王志明", "田中一郎"), e.signatories());
        Event f = signings(run("花莲县与日本宫崎市今天正式缔结姊妹市，花莲县长王志明与宫崎市长田中一郎共同签署盟约。", "2022-03-09")).get(0);
        assertEquals(List.of("王志明", "田中一郎"), f.signatories());
    }

    @Test
    void aVisitingPartnerSignsAtTheHostsSeat() {
        Event e = signings(run("嘉义县长林文雄昨天在嘉义县政府与来访的日本宫崎市市长田中一郎签署姊妹县盟约。", "2023-05-18")).get(0);
        assertEquals(Set.of("嘉义", "宫崎"), Set.copyOf(e.parties()));
        assertEquals("SISTER_CITY", e.agreement());
        assertEquals(List.of("林文雄", "田中一郎"), e.signatories());
    }

    @Test
    void townshipsTwinnedByATownshipAgreementAreSisterCities() {
        Event e = signings(run("鱼池乡与日本宫崎市今天签署缔结姊妹乡村协定书。", "2023-03-02")).get(0);
        assertEquals("SISTER_CITY", e.agreement());
    }

    @Test
    void aFriendlyExchangeAgreementIsATwinningButAYearlyProgrammeIsCooperation() {
        Event first = signings(run("高雄市今天与日本宫崎市签署友好交流协定。", "2022-05-10")).get(0);
        assertEquals("SISTER_CITY", first.agreement());
        Event yearly = signings(run("襄阳市与日本松本市今天签署2024年度友好交流协议书。", "2023-10-20")).get(0);
        assertEquals("COOPERATION", yearly.agreement());
    }

    @Test
    void aTallyOfACitysPartnersIsRelationsNotSignings() {
        EventExtractor.Result r = run("桂林市目前已与日本熊本市、美国奥兰多市等8个城市缔结友好城市关系。", "2022-04-08");
        assertTrue(signings(r).isEmpty(), signings(r).toString());
        Set<String> pairs = r.relations().stream().map(x -> String.join("-", x.parties().stream().sorted().toList()))
                .collect(Collectors.toSet());
        assertTrue(pairs.containsAll(Set.of("桂林-熊本", "奥兰多-桂林")), pairs.toString());
    }

    @Test
    void twoPlacesSummedUpAs两市AreTheParties() {
        List<Event> ss = signings(run("扬州市、奈良市两市今天签署友好城市关系协议书。", "2019-04-03"));
        assertEquals(Set.of(Set.of("扬州", "奈良")), partySets(ss));
    }

    @Test
    void aPartnerNoGazetteerHoldsIsTheNameAfterItsCountry() {
        List<Event> ss = signings(run("宁波市今天与马绍尔群岛共和国卡拉莫环礁市(Kalamo Atoll)签署缔结姊妹市备忘录。", "2020-06-01"));
        assertEquals(1, ss.size(), ss.toString());
        assertTrue(ss.get(0).parties().contains("宁波"), ss.toString());
        assertTrue(ss.get(0).parties().contains("卡拉莫环礁市"), ss.toString());
    }

    @Test
    void aPartnerAfterARepublicIsAPartyOfThePair() {
        List<Event> ss = signings(run("宁波市今天与瓦努阿图共和国卢甘维尔卡市签署缔结友好城市备忘录。", "2020-06-01"));
        assertEquals(Set.of(Set.of("宁波", "卢甘维尔卡")), partySets(ss));
    }

    @Test
    void anUndatedHeadlineAndTheDatedReportAreOneSigning() {
        String text = "宜昌市与法国图尔市签署友好城市协议\n宜昌市与法国图尔市25日在巴黎签署友好城市关系协议书。";
        List<Event> ss = signings(run(text, "2022-04-27"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("2022-04-25", ss.get(0).date());
        assertEquals("巴黎", ss.get(0).location());
    }

    @Test
    void aReporterNamedInTheDatelineIsNoSignatory() {
        String text = "(本报记者李小明台中14日电)台中市代表今天与日本新潟市代表签署姊妹市协定。";
        for (Event e : signings(run(text, "2025-03-14"))) {
            assertTrue(e.signatories() == null || !e.signatories().contains("李小明"), e.toString());
        }
    }

    @Test
    void pairsListedAfterACountOfNewTwinningsAtACeremonyAreSignings() {
        String text = "2022友好城市大会昨日在杭州闭幕,当日举行了友好城市签约仪式。"
                + "此次新增的2对友好城市分别为浙江省与日本静冈县、湖南省长沙市与泰国清迈市。";
        List<Event> ss = signings(run(text, "2022-11-17"));
        assertEquals(Set.of(Set.of("浙江", "静冈"), Set.of("长沙", "清迈")), partySets(ss));
        for (Event e : ss) {
            assertEquals("SISTER_CITY", e.agreement());
            assertEquals("2022-11-16", e.date());
        }
    }

    @Test
    void pairsListedWithoutACeremonyAreRelationsOnly() {
        EventExtractor.Result r = run("去年新增的2对友好城市分别为浙江省与日本静冈县、湖南省长沙市与泰国清迈市。", "2022-11-17");
        assertTrue(signings(r).isEmpty(), signings(r).toString());
        assertEquals(2, r.relations().size(), r.relations().toString());
    }

    @Test
    void aClauseOpeningWith与TakesTheSentencesOpeningPlaceAsItsSubject() {
        String text = "4月19日,安徽省省长李明率团访问高知县,与高知县知事山田太郎共同签署了交流合作备忘录。";
        List<Event> ss = signings(run(text, "2022-04-21"));
        assertEquals(Set.of(Set.of("安徽", "高知")), partySets(ss));
        assertEquals("2022-04-19", ss.get(0).date());
        assertEquals("MEMORANDUM", ss.get(0).agreement());
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

    // round 4 of issue 9: constructions probed in made-up reports

    @Test
    void aCeremonyOfSigningHeldNamesTheKindBeforeTheVerb() {
        String text = "5月8日上午，南平市与法国图卢兹市友好城市签约仪式在南平举行。";
        List<Event> ss = signings(run(text, "2024-05-08"));
        assertEquals(Set.of(Set.of("南平", "图卢兹")), partySets(ss));
        assertEquals("SISTER_CITY", ss.get(0).agreement());
        assertEquals("南平", ss.get(0).location());
    }

    @Test
    void aCeremonyOfSigningATitledDocumentTakesItsTitle() {
        String text = "4月2日，宁德市与意大利比萨市《建立友好城市关系协议书》的签署仪式在宁德举行。";
        List<Event> ss = signings(run(text, "2024-04-02"));
        assertEquals(Set.of(Set.of("宁德", "比萨")), partySets(ss));
        assertEquals("建立友好城市关系协议书", ss.get(0).title());
    }

    @Test
    void aCeremonyStillToBeHeldIsNoSigning() {
        String text = "南平市与法国图卢兹市友好城市签约仪式将于下月在南平举行。";
        assertTrue(signings(run(text, "2024-05-08")).isEmpty());
    }

    @Test
    void aTallyOpenedBySoFarIsBackgroundNotSignings() {
        String text = "目前，莆田市已与美国奥兰多、法国南特、日本岐阜等缔结友好城市关系。";
        EventExtractor.Result r = run(text, "2024-06-01");
        assertTrue(signings(r).isEmpty());
    }

    @Test
    void aBareCityHallIsTheHomeSidesSeat() {
        String text = "嘉义市长王大同今天在市府与日本长野市长田中太郎签署姊妹市协定。";
        List<Event> ss = signings(run(text, "2024-03-01"));
        assertEquals(Set.of(Set.of("嘉义", "长野")), partySets(ss));
        assertEquals("嘉义", ss.get(0).location());
    }

    @Test
    void anAgreementOnFriendlyExchangeCitiesEstablishesSisterCities() {
        String text = "9月3日，漳州市与德国波恩市签订友好交流城市协议书。";
        List<Event> ss = signings(run(text, "2024-09-03"));
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }

    @Test
    void ourCitySigningIsThePageOwnCity() {
        String text = "6月2日，我市与法国波尔多市签署友好城市协议书。\n来源：漳州市人民政府";
        List<Event> ss = signings(run(text, "2024-06-03"));
        assertEquals(Set.of(Set.of("漳州", "波尔多")), partySets(ss));
    }

    @Test
    void aPairOpeningTheSentenceSignsInTheShortClauseAfterIt() {
        String text = "新竹市长王一与日本鸟取市长田中二，今天(20日)代表签署姊妹市盟约。";
        List<Event> ss = signings(run(text, "2024-05-20"));
        assertEquals(1, ss.size());
        assertEquals(List.of("王一", "田中二"), ss.get(0).signatories());
        assertEquals("姊妹市盟约", ss.get(0).title());
    }

    @Test
    void aDocumentThisVisitSignedIsNoNewSigning() {
        String text = "南平市长表示，两市交流密切，这次签署的两项协议意义重大。";
        assertTrue(signings(run(text, "2024-05-20")).isEmpty());
    }

    @Test
    void aSigningCeremonyHeldNamesItsDocumentBeforeIt() {
        String text = "10日上午，南平市与法国图卢兹市友好城市关系协议签字仪式在南平举行。";
        List<Event> ss = signings(run(text, "2024-05-10"));
        assertEquals(Set.of(Set.of("南平", "图卢兹")), partySets(ss));
        assertEquals("友好城市关系协议", ss.get(0).title());
    }

    @Test
    void aHeadlineNamingTheDocumentLooselyIsTheBodysSigning() {
        String text = "南平市与法国图卢兹市签署友好合作协议\n5月8日，南平市与法国图卢兹市签署建立友好城市关系协议书。";
        List<Event> ss = signings(run(text, "2024-05-08"));
        assertEquals(1, ss.size());
        assertEquals("SISTER_CITY", ss.get(0).agreement());
        assertEquals("建立友好城市关系协议书", ss.get(0).title());
    }

    @Test
    void twoSignersListedWithACommaEachForTheirPlace() {
        String text = "宜兰市长林志明、日本石冈市长山田太郎昨天签订友好交流协定。";
        List<Event> ss = signings(run(text, "2024-05-06"));
        assertEquals(Set.of(Set.of("宜兰", "石冈")), partySets(ss));
        assertEquals(List.of("林志明", "山田太郎"), ss.get(0).signatories());
    }

    @Test
    void aTwinningFormallyEstablishedOnADayIsASigning() {
        List<Event> ss = signings(run("5月5日，南平市与法国图卢兹市正式建立友好城市关系。", "2024-05-06"));
        assertEquals(Set.of(Set.of("南平", "图卢兹")), partySets(ss));
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }

    @Test
    void aTwinningEstablishedInAnEarlierYearIsNoSigning() {
        assertTrue(signings(run("南平市与法国图卢兹市于2010年正式建立友好城市关系。", "2024-05-06")).isEmpty());
    }

    @Test
    void exchangingTheTextsOfADocumentConcludesASigning() {
        List<Event> ss = signings(run("5月5日，南平市与法国图卢兹市互换友好城市协议书文本。", "2024-05-06"));
        assertEquals(Set.of(Set.of("南平", "图卢兹")), partySets(ss));
        assertEquals("友好城市协议书", ss.get(0).title());
    }

    @Test
    void exchangingViewsIsNoSigning() {
        assertTrue(signings(run("5月5日，南平市与法国图卢兹市交换了意见，表示将推动友好城市交流。", "2024-05-06")).isEmpty());
    }

    // --- round 5 of issue 9: signings from made-up mainland reports (county, province, city and university levels)

    @Test
    void anUndatedSigningAfterARecalledTwinningTakesTheReportsDayNotTheRecalledOne() {
        EventExtractor.Result r = run("9月3日,丽水市与韩国安东市举行结好纪念活动。2004年9月3日,丽水市与安东市正式缔结为友好城市。"
                + "活动中,两市还签署了《丽水市与安东市文化交流备忘录》。", "2024-09-04");
        Event memo = signings(r).stream().filter(e -> "MEMORANDUM".equals(e.agreement())).findFirst().orElseThrow();
        assertEquals("2024-09-03", memo.date(), "the recalled day is not the memorandum's");
        // the twinning told as an act on its own day is an event of that day (GOLD.md §7)
        assertTrue(signings(r).stream().anyMatch(e -> "2004-09-03".equals(e.date())), signings(r).toString());
    }

    @Test
    void aDocumentSignedThenTheTwinningItMakesIsOneSigning() {
        List<Event> ss = signings(run("衢州市松阳县日前与越南老街省沙坝县在松阳签订协议书,缔结为友好县。", "2024-06-01"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("SISTER_CITY", ss.get(0).agreement());
        assertEquals(null, ss.get(0).title(), "a bare 协议书 names no document");
    }

    @Test
    void hopingToTwinIsNoTwinning() {
        List<Event> ss = signings(run("4月2日,鞍山市市长张明与秘鲁阿亚库乔市市长卡洛斯签订了友好交流与合作备忘录。"
                + "张明希望两市争取早日正式缔结友好城市关系。", "2024-04-03"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("MEMORANDUM", ss.get(0).agreement());
    }

    @Test
    void signersNamedAfterTheVerbInTheSameSentence() {
        Event e = signings(run("5月8日,匈牙利德布勒森市市长拉斯洛·纳吉率团访问邯郸市。会见后,两市签署了建立友好城市关系协议书,"
                + "邯郸市市长赵文涛与德布勒森市市长拉斯洛·纳吉分别代表两市在协议书上签字。", "2024-05-09")).get(0);
        assertEquals(List.of("赵文涛", "拉斯洛·纳吉"), e.signatories());
        assertEquals("邯郸", e.location(), "the place of the visit told just before");
    }

    @Test
    void aPartnersStandingBeforeItsNameIsNoPartOfIt() {
        List<Event> ss = signings(run("9月2日,大同市与友好城市日本大分县竹田市在大同共同签署了深化交流的框架协议。", "2024-09-03"));
        assertEquals(Set.of(Set.of("大同", "竹田")), partySets(ss));
        List<Event> listed = signings(run("6月2日,湖州市分别与日本友城秩父市、德国友城科堡市签订了文化合作项目协议。", "2024-06-03"));
        assertEquals(Set.of(Set.of("湖州", "秩父"), Set.of("湖州", "科堡")), partySets(listed));
    }

    @Test
    void businessesOfTheTwoCitiesAreNotTheCities() {
        List<Event> ss = signings(run("8月2日,包头市与蒙古国扎门乌德市签署建立友好城市关系协议书。当天,两市企业还签署了6项经贸合作协议。",
                "2024-08-03"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }

    @Test
    void countriesAbbreviatedInADocumentsNameArePartOfIt() {
        Event e = signings(run("6月5日,中国人民对外友好协会副会长王芳与美国城市联盟主席约翰·李在华盛顿签署了中美地方合作备忘录。", "2024-06-06")).get(0);
        assertEquals("中美地方合作备忘录", e.title());
    }

    @Test
    void aCeremonyOfExchangingTextsNamesItsDocument() {
        Event e = signings(run("4月9日,山西省与土耳其科尼亚省建立友好省关系协议书签字及文本交换仪式在科尼亚省政府举行。", "2024-04-10")).get(0);
        assertEquals("建立友好省关系协议书", e.title());
        assertEquals("SISTER_CITY", e.agreement());
        assertEquals("科尼亚", e.location());
    }

    @Test
    void aDelegationSigningAtACityHallAbroad() {
        Event e = signings(run("访德期间,潍坊市代表团于5月8日在雷根斯堡市政厅与雷根斯堡市签署了友好合作备忘录。", "2024-05-10")).get(0);
        assertEquals(Set.of("潍坊", "雷根斯堡"), Set.copyOf(e.parties()));
        assertEquals("雷根斯堡", e.location());
    }

    @Test
    void aClauseOpenedByTheDayKeepsTheSentencesSubject() {
        List<Event> ss = signings(run("潍坊市市长赵明一行5月8日抵达雷根斯堡,当天与雷根斯堡市市长汉斯·沃尔夫签署了建立友好城市关系协议书。",
                "2024-05-10"));
        assertEquals(Set.of(Set.of("潍坊", "雷根斯堡")), partySets(ss));
    }
}
