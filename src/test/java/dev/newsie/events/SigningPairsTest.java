package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parties told before a signing verb: pairs, two signers listed, the home side, a partner after its country or
 * its standing (made-up reports).
 */
class SigningPairsTest {
    @Test
    void aMayorSigningOnADayWrittenInTheTaiwanBracketFormWithAPartnerOfHisOwn() {
        // 今(9)日 reaches the events stage as 今日(9日); the partner's mayor follows the partner
        Event e = signings(run("花莲县长王志明今日(9日)与日本宫崎市市长田中一郎共同签署姊妹市协定。", "2022-03-09")).get(0);
        assertEquals(Set.of("花莲", "宫崎"), partiesOf(e));
        assertEquals(List.of("王志明", "田中一郎"), e.signatories());
        assertEquals("2022-03-09", e.date());
    }

    @Test
    void theDayOfASigningMayCarryATimeOfDay() {
        Event e = signings(run("花莲县长王志明于今天下午与日本宫崎市市长田中一郎签署姊妹市协定。", "2022-03-09")).get(0);
        assertEquals(List.of("王志明", "田中一郎"), e.signatories());
        Event f = signings(run("花莲县长王志明今日(9日)上午与日本宫崎市长田中一郎签署姊妹市协定。", "2022-03-09")).get(0);
        assertEquals(Set.of("花莲", "宫崎"), partiesOf(f));
    }

    @Test
    void aVisitingPartnerSignsAtTheHostsSeat() {
        Event e = signings(run("嘉义县长林文雄昨天在嘉义县政府与来访的日本宫崎市市长田中一郎签署姊妹县盟约。", "2023-05-18")).get(0);
        assertEquals(Set.of("嘉义", "宫崎"), partiesOf(e));
        assertEquals("SISTER_CITY", e.agreement());
        assertEquals(List.of("林文雄", "田中一郎"), e.signatories());
    }

    @Test
    void twoPlacesSummedUpAs两市AreTheParties() {
        List<Event> ss = signings(run("扬州市、奈良市两市今天签署友好城市关系协议书。", "2019-04-03"));
        assertEquals(Set.of(Set.of("扬州", "奈良")), partySets(ss));
    }

    @Test
    void aPartnerNoGazetteerHoldsIsTheNameAfterItsCountry() {
        List<Event> ss = signings(run("6月1日,宁波市与基里巴斯共和国塔瓦拉环礁市(Tawara Atoll)签署友好交流备忘录。", "2020-06-02"));
        assertEquals(1, ss.size(), ss.toString());
        assertTrue(ss.get(0).parties().contains("宁波"), ss.toString());
        // the Latin gloss makes the partner a place of its own (GlossedPlaces): its canonical name, without 市
        assertTrue(ss.get(0).parties().contains("塔瓦拉环礁"), ss.toString());
    }

    @Test
    void aPartnerAfterARepublicIsAPartyOfThePair() {
        List<Event> ss = signings(run("宁波市今天与瓦努阿图共和国卢甘维尔卡市签署缔结友好城市备忘录。", "2020-06-01"));
        assertEquals(Set.of(Set.of("宁波", "卢甘维尔卡")), partySets(ss));
    }

    @Test
    void ourCitySigningIsThePageOwnCity() {
        String text = "6月2日，我市与法国波尔多市签署友好城市协议书。\n来源：漳州市人民政府";
        List<Event> ss = signings(run(text, "2024-06-03"));
        assertEquals(Set.of(Set.of("漳州", "波尔多")), partySets(ss));
    }

    @Test
    void twoSignersListedWithACommaEachForTheirPlace() {
        String text = "宜兰市长林志明、日本石冈市长山田太郎昨天签订友好交流协定。";
        List<Event> ss = signings(run(text, "2024-05-06"));
        assertEquals(Set.of(Set.of("宜兰", "石冈")), partySets(ss));
        assertEquals(List.of("林志明", "山田太郎"), ss.get(0).signatories());
    }

    @Test
    void aPartnersStandingBeforeItsNameIsNoPartOfIt() {
        List<Event> ss = signings(run("9月2日,大同市与友好城市日本大分县竹田市在大同共同签署了深化交流的框架协议。", "2024-09-03"));
        assertEquals(Set.of(Set.of("大同", "竹田")), partySets(ss));
        List<Event> listed = signings(run("6月2日,湖州市分别与日本友城秩父市、德国友城科堡市签订了文化合作项目协议。", "2024-06-03"));
        assertEquals(Set.of(Set.of("湖州", "秩父"), Set.of("湖州", "科堡")), partySets(listed));
    }

    // round 7 of issue 9: page-shaped probes (made-up sentences)

    @Test
    void aPartnerNamedByItsHeadsBareTitleIsThePlaceVisited() {
        String text = "花莲县长王志明5月9日前往日本宫崎市访问,与市长田中一郎签署友好交流协定。";
        Event e = signings(run(text, "2022-05-10")).get(0);
        assertEquals(Set.of("花莲", "宫崎"), partiesOf(e));
        assertEquals(List.of("王志明", "田中一郎"), e.signatories());
        assertEquals("宫崎", e.location());
    }

    @Test
    void aBracketedDatelineIsNotTheSubject() {
        String text = "【长野/综合报导】花莲县长王志明5月9日前往日本宫崎市访问,与市长田中一郎签署友好交流协定。";
        assertEquals(Set.of(Set.of("花莲", "宫崎")), partySets(signings(run(text, "2022-05-10"))));
    }

    @Test
    void aSecondClauseWithPartnersListedAsFriendCitiesKeepsTheSubject() {
        String text = "此外,漳州市还与日本熊本市签订了经贸合作备忘录,并分别与德国友城波恩市、美国友城奥兰多市签订了合作项目。";
        assertEquals(Set.of(Set.of("漳州", "熊本"), Set.of("漳州", "波恩"), Set.of("漳州", "奥兰多")),
                partySets(signings(run(text, "2024-05-08"))));
    }

    @Test
    void whenTheSentenceOpensWithThePartnerTheClauseBeforeNamesTheSigner() {
        String text = "漳州市与波恩市结好20周年,波恩市长穆勒今天率团再访漳州,除与漳州市长李明签署合作备忘录,也同时签署防灾互助协定。";
        java.util.List<Event> ss = signings(run(text, "2024-05-08"));
        assertEquals(Set.of(Set.of("漳州", "波恩")), partySets(ss));
        assertEquals(2, ss.size());
    }

    @Test
    void anUnlistedNameIsNotAFriendshipWord() {
        String text = "漳州市与友好城市代表签署合作协议。漳州市还与友好城市签订了备忘录。";
        assertTrue(signings(run(text, "2024-05-08")).stream().noneMatch(e -> e.parties().contains("友好城")));
    }

    @Test
    void councilsSigningForThemselvesAreNotSisterCities() {
        EventExtractor.Result r = run("嘉义市议会与日本长野市议会今天签署友好交流协定。", "2024-03-01");
        assertEquals("OTHER", signings(r).get(0).agreement());
        assertTrue(r.relations().isEmpty());
    }

    // round 8 of issue 9: construction-faithful mirrors (made-up names)

    @Test
    void aSignerNamedBareSignsForThePlaceHeWasIntroducedAsHeadOf() {
        String text = "竹田乡长吴志成率团赴日本北海道美瑛町访问。在札幌分处长周明及美瑛町议会议长木村健等人见证下,吴志成与美瑛町长佐藤浩签订友好交流协定。";
        List<Event> ss = signings(run(text, "2024-08-02"));
        assertEquals(Set.of(Set.of("竹田乡", "美瑛町")), partySets(ss));
        assertEquals(List.of("吴志成", "佐藤浩"), ss.get(0).signatories());
    }

    @Test
    void twoListsJoinedByRespectivelyPairInOrder() {
        String text = "会上,江西省赣州市、吉安市分别与老挝琅勃拉邦市、柬埔寨暹粒市签署建立友好城市关系协议书。";
        List<Event> ss = signings(run(text, "2024-05-06"));
        assertEquals(Set.of(Set.of("赣州", "琅勃拉邦"), Set.of("吉安", "暹粒")), partySets(ss));
    }

    // round 9 of issue 9: error classes recurring across the probe pool (made-up sentences)

    @Test
    void twoSidesWrittenAsOneCharacterNamesOfPlacesTheArticleNames() {
        String text = "10日,上海市市长张三欢迎广州市市长李四率领的代表团到访。在张三和李四见证下,沪穗双方签署了《沪穗新一轮合作备忘录》。";
        assertEquals(Set.of(Set.of("上海", "广州")), partySets(signings(run(text, "2024-05-10"))));
    }

    @Test
    void bothSidesAfterATwinningOfTwoHomePlacesAreThoseTwo() {
        String text = "苗栗县头份市长王一明与台东县关山镇长李二华,今天(9日)代表签署姊妹市盟约。王市长去年曾率团参访日本京都市。"
                + "两地说好缔结姊妹市并著手推动,终于在今天完成缔盟仪式。";
        assertEquals(Set.of(Set.of("头份", "关山镇")), partySets(signings(run(text, "2024-07-09"))));
    }

    @Test
    void aPartnerNamedWithItsStateBefore的IsThePlaceAfterIt() {
        List<Event> ss = signings(run("台南市与静冈县的滨松市今天签署友好交流协定。", "2024-05-01"));
        assertEquals(Set.of(Set.of("台南", "滨松")), partySets(ss), ss.toString());
    }

    @Test
    void headsNamedByOfficeAloneSignForTheirPlaces() {
        EventExtractor.Result r = run("9日，绍兴市长与日本佐贺市长签署友好城市协议书。", "2025-06-10");
        assertTrue(partySets(signings(r)).contains(Set.of("绍兴", "佐贺")), signings(r).toString());
    }

    @Test
    void aPastActDatedBetweenItsSubjectAndThePartnerIsASigningOfThatDate() {
        String text = "刘明表示,湖州市吴兴区织里镇2012年9月与台东县池上乡签署了合作备忘录,3年来两地开展了多方面交流。";
        List<Event> ss = signings(run(text, "2015-06-09"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(Set.of("织里镇", "池上乡"), partiesOf(ss.get(0)));
        assertEquals("2012-09", ss.get(0).date());
        Event withYu = signings(run("长治市于2019年与日本富山县签订了友好交流备忘录。", "2023-04-01")).get(0);
        assertEquals(Set.of("长治", "富山"), partiesOf(withYu));
        assertEquals("2019", withYu.date());
    }

    @Test
    void aDistrictHeadNamedByBareTitleSignsForTheDistrictWhoseMediaReport() {
        String text = "2031年5月15日 来源:萧山新闻网\n昨天,区委副书记、区长王一明与美国帕萨迪纳市市长约翰·史密斯签署了友好交流意向书。萧山区位于杭州市东部。";
        List<Event> ss = signings(run(text, null));
        assertEquals(Set.of(Set.of("萧山", "帕萨迪纳")), partySets(ss), ss.toString());
    }

    @Test
    void ourDistrictFacingAPartnerIsTheDistrictWhoseMediaReport() {
        String text = "2031年5月15日 来源:萧山新闻网\n昨天,我区与美国帕萨迪纳市签署了友好交流意向书。萧山区位于杭州市东部。";
        List<Event> ss = signings(run(text, null));
        assertEquals(Set.of(Set.of("萧山", "帕萨迪纳")), partySets(ss), ss.toString());
    }

    @Test
    void aHeadByBareTitleMeetingAGuestThenBothCitiesSigningIsThePagesCityAndTheGuests() {
        String text = "2031年10月9日 来源:镇江日报\n昨日,副市长王一明会见日本鹤冈市副市长山田一郎一行,两市签署了友好交流协议书。镇江市位于江苏省南部。";
        List<Event> ss = signings(run(text, null));
        assertEquals(Set.of(Set.of("镇江", "鹤冈")), partySets(ss), ss.toString());
    }

    @Test
    void aCitysGovernmentDelegationVisitingAPartnerIsThatCitysSide() {
        List<Event> ss = signings(run("昨日,镇江市政府代表团访问日本鹤冈市,双方签署了友好交流协议书。", "2031-10-09"));
        assertEquals(Set.of(Set.of("镇江", "鹤冈")), partySets(ss), ss.toString());
    }

    @Test
    void theHeadOfThePlaceASigningIsSetInSignsForIt() {
        List<Event> ss = signings(run("高雄市长王一明率团访问美国,21日在波特兰市与市长约翰签署友好城市协议。", "2031-04-22"));
        assertEquals(Set.of(Set.of("高雄", "波特兰")), partySets(ss), ss.toString());
        assertEquals("波特兰", ss.get(0).location());
    }

    @Test
    void aSignerNamedBeforeTheWordForVideoIsNamedWithoutIt() {
        List<Event> ss = signings(run("高雄市长王一明27日与美国奥克兰市长巴斯视讯,双方签署续约协定。", "2031-10-28"));
        assertEquals(1, ss.size(), ss.toString());
        assertTrue(ss.get(0).signatories().contains("巴斯"), ss.toString());
    }

    @Test
    void pairsSetOffByCommasBeforeA分别VerbAreEachASigning() {
        List<Event> ss = signings(run("会上,兰州市与意大利都灵市,西宁市与法国南特市,银川市与德国波恩市分别缔结友好城市关系。", "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵"), Set.of("西宁", "南特"), Set.of("银川", "波恩")), partySets(ss));
    }

    @Test
    void pairsSetOffByCommasBeforeTheVerbWithout分别AreEachASigning() {
        List<Event> ss = signings(run("会上,兰州市和意大利都灵市,西宁市和法国南特市签订了缔结友好城市关系协议书。", "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵"), Set.of("西宁", "南特")), partySets(ss));
    }

    @Test
    void aHostAndAGuestWhoMetThenSignTogether() {
        Event e = theOneSigning("5日上午,西安市市长张建国会见来访的法国波尔多市市长让·杜邦,随后共同签署了经贸合作协议。", "2023-04-06");
        assertEquals(Set.of("西安", "波尔多"), partiesOf(e));
        assertEquals(List.of("张建国", "让·杜邦"), e.signatories());
    }

    @Test
    void aPartnerNamedAs该市OnAVisitOfTheHomeCitysBareTitledHead() {
        Event e = theOneSigning("来源:洛阳日报\n9日,市长王立新带领代表团前往日本冈山市考察,随后与该市市长山田浩二签署友好交流城市意向书。"
                + "考察期间,洛阳代表团走访了当地学校。",
                "2019-05-11");
        assertEquals(Set.of("洛阳", "冈山"), partiesOf(e));
        assertEquals("冈山", e.location());
        assertEquals(List.of("王立新", "山田浩二"), e.signatories());
    }

    @Test
    void aPartnerDescribedBeforeItsNameIsStillThePartner() {
        Event e = theOneSigning("标题\n台东县池上乡今天与以温泉闻名的日本别府市签署友好交流协定。", "2024-05-11");
        assertEquals(Set.of("池上乡", "别府"), partiesOf(e));
    }

    @Test
    void thisCityNamedBack该市IsThePlaceTheSentenceNamedBeforeIt() {
        Event e = theOneSigning("标题\n意大利都灵市长马可·罗西表示,该市与中国大连签署了友好城市协议。", "2024-09-09");
        assertEquals(Set.of("都灵", "大连"), partiesOf(e));
    }

    @Test
    void aClauseGoingOnWith更OrAlsoKeepsTheSubjectOfTheClauseBefore() {
        String text = "台南市长黄大文率团访问日本,26日拜会仙台市长山田一郎,更与仙台市签订友好交流备忘录。";
        assertEquals(Set.of(Set.of("台南", "仙台")), partySets(signings(run(text, "2025-02-27"))));
    }

    @Test
    void oneSideWithEachOfACountedListSignsAPairWithEach() {
        String text = "论坛期间,苏州市与德国康斯坦茨市、荷兰奈梅亨市、意大利威尼斯市三市分别签署友好城市协议。";
        assertEquals(Set.of(Set.of("苏州", "康斯坦茨"), Set.of("苏州", "奈梅亨"), Set.of("苏州", "威尼斯")),
                partySets(signings(run(text, "2031-05-06"))));
    }

    @Test
    void twoCountedListsPairedByRespectively() {
        String text = "会上,苏州、无锡两市分别与日本池田市、日本明石市签署了友好城市关系协议书。";
        assertEquals(Set.of(Set.of("苏州", "池田"), Set.of("无锡", "明石")), partySets(signings(run(text, "2031-05-06"))));
    }

    @Test
    void theDelegationOfAHeadWhoLedItSignsForHisPlace() {
        String text = "6月8日，洛阳市副市长李华率团出访德国。访问期间，代表团与德国汉堡市政府签订了合作意向书。";
        assertEquals(Set.of(Set.of("洛阳", "汉堡")), partySets(signings(run(text, "2024-06-10"))));
    }

    @Test
    void pairsSetOffByCommasBeforeAFormallyConcludedTwinningEachSign() {
        String text = "2031年6月2日,会上,兰州市与意大利都灵市,西宁市与法国南特市正式缔结为友好城市。";
        List<Event> ss = signings(run(text, "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵"), Set.of("西宁", "南特")), partySets(ss));
    }

    @Test
    void twoHeadsSigningAtAPlaceNamedBeforeTheVerbSignForTheirPlaces() {
        String text = "2031年6月2日,法国南特市市长贝尔率团访问兰州。兰州市市长王明与贝尔在兰州签署了友好城市协议书。";
        Event e = theOneSigning(text, "2031-06-02");
        assertEquals(Set.of("兰州", "南特"), partiesOf(e));
        assertEquals("兰州", e.location());
    }

    @Test
    void aBodysHeadWithHisPostAfterHisNameSignsForTheBody() {
        Event e = theOneSigning("两会签约\n\n6月3日,莲都区国际交流协会王建明会长与龙泉市物流服务中心副主任陈志华签署合作备忘录。\n", "2022-06-04");
        assertEquals(Set.of("莲都区国际交流协会", "龙泉市物流服务中心"), partiesOf(e), e.toString());
        assertTrue(e.signatories() != null && e.signatories().contains("王建明"), e.toString());
    }

    @Test
    void twoListedSignersThenTheMediumOfTheActSignForTheirPlaces() {
        Event e = theOneSigning("两市结好\n\n3月9日,鹤壁市市长周建平、图尔库市市长马蒂·科斯基通过视频会议的形式签署建立友好城市协议书。\n", "2031-03-10");
        assertEquals(Set.of("鹤壁", "图尔库"), partiesOf(e), e.toString());
        assertEquals(List.of("周建平", "马蒂·科斯基"), e.signatories(), e.toString());
        assertEquals("建立友好城市协议书", e.title(), e.toString());
    }

    @Test
    void aHeadNamedByHisPartyPostAndHisGovernmentPostSignsForThePlace() {
        Event e = signings(run("6月3日,丽水市委副书记、市长王建明与湖州市市长陈志华签署了友好城市关系协议书。", "2023-06-04")).get(0);
        assertEquals(Set.of("丽水", "湖州"), partiesOf(e), e.toString());
        assertEquals(List.of("王建明", "陈志华"), e.signatories(), e.toString());
        assertEquals("友好城市关系协议书", e.title(), e.toString());
        Event f = signings(run("会上,上城区委副书记、区长王建明与意大利卡拉拉市市长罗伯特·马里尼共同签署了缔结友城协议书。", "2023-06-04")).get(0);
        assertEquals(Set.of("上城", "卡拉拉"), partiesOf(f), f.toString());
        assertEquals(List.of("王建明", "罗伯特·马里尼"), f.signatories(), f.toString());
    }

    @Test
    void aYearAfterTheTimePrepositionZaiDatesThePairsTwinning() {
        // 在 before a year is a preposition of time, as 于 is: the pair before it still signs
        Event e = theOneSigning("德国弗伦斯堡市在1996年就和海宁市缔盟,如今两地学校仍有交换项目。", "2023-03-02");
        assertEquals(Set.of("海宁", "弗伦斯堡"), partiesOf(e), e.toString());
        assertEquals("1996", e.date(), e.toString());
        Event f = theOneSigning("桂林市在2011年5月同日本熊本市签署姊妹市协定。", "2023-03-02");
        assertEquals(Set.of("桂林", "熊本"), partiesOf(f), f.toString());
        assertEquals("2011-05", f.date(), f.toString());
    }
}
