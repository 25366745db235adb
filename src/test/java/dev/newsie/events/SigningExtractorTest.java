package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Constructions of signing reports in the genre (round 3 of issue 9), each in a made-up sentence: names, dates and
 * documents are invented.
 */
class SigningExtractorTest {
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
    void aCeremonyStillToBeHeldIsNoSigning() {
        String text = "南平市与法国图卢兹市友好城市签约仪式将于下月在南平举行。";
        assertTrue(signings(run(text, "2024-05-08")).isEmpty());
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
    void aTwinningFormallyEstablishedOnADayIsASigning() {
        List<Event> ss = signings(run("5月5日，南平市与法国图卢兹市正式建立友好城市关系。", "2024-05-06"));
        assertEquals(Set.of(Set.of("南平", "图卢兹")), partySets(ss));
        assertEquals("SISTER_CITY", ss.get(0).agreement());
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
    void eachDatedClauseOfAListingSentenceDatesItsOwnSigningAndAHopeIsNone() {
        List<Event> ss = signings(run("5月20日,宜昌市与爱尔兰科克市正式签署缔结友好城市关系协议书。"
                + "2015年,宜昌市与科克市签署友好城市意向书;2017年,科克市市长访问宜昌市;2019年,宜昌市与科克市签订经贸合作协议;"
                + "2023年5月,科克市致函宜昌市,希望签署缔结友好城市协议书。", "2024-05-21"));
        assertEquals(3, ss.size(), ss.toString());
        for (String[] kindAndDate : new String[][]{{"SISTER_CITY", "2024-05-20"}, {"LETTER_OF_INTENT", "2015"}, {"COOPERATION", "2019"}}) {
            assertTrue(ss.stream().anyMatch(e -> kindAndDate[0].equals(e.agreement()) && kindAndDate[1].equals(e.date())), ss.toString());
        }
    }

    @Test
    void agreeingToSignIsNoSigning() {
        for (String agreed : new String[]{"双方同意签署友好城市协议书", "双方商定签署友好城市协议书", "双方就签署友好城市协议达成一致"}) {
            List<Event> ss = signings(run("5月3日,宜昌市市长访问爱尔兰科克市," + agreed + "。", "2024-05-04"));
            assertTrue(ss.isEmpty(), agreed + " " + ss);
        }
    }

    @Test
    void aTwinningPlannedAfterAMemorandumDoesNotMakeItATwinning() {
        List<Event> ss = signings(run("宜昌市长访问科克\n5月3日,宜昌市市长访问爱尔兰科克市,两市签署合作备忘录,并计划于明年正式缔结友好城市关系。",
                "2024-05-04"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("MEMORANDUM", ss.get(0).agreement());
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
    void businessesOfTheTwoCitiesAreNotTheCities() {
        List<Event> ss = signings(run("8月2日,包头市与蒙古国扎门乌德市签署建立友好城市关系协议书。当天,两市企业还签署了6项经贸合作协议。",
                "2024-08-03"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }

    @Test
    void aDelegationSigningAtACityHallAbroad() {
        Event e = signings(run("访德期间,潍坊市代表团于5月8日在雷根斯堡市政厅与雷根斯堡市签署了友好合作备忘录。", "2024-05-10")).get(0);
        assertEquals(Set.of("潍坊", "雷根斯堡"), partiesOf(e));
        assertEquals("雷根斯堡", e.location());
    }

    @Test
    void aClauseOpenedByTheDayKeepsTheSentencesSubject() {
        List<Event> ss = signings(run("潍坊市市长赵明一行5月8日抵达雷根斯堡,当天与雷根斯堡市市长汉斯·沃尔夫签署了建立友好城市关系协议书。",
                "2024-05-10"));
        assertEquals(Set.of(Set.of("潍坊", "雷根斯堡")), partySets(ss));
    }

    // round 7 of issue 9: page-shaped probes (made-up sentences)

    @Test
    void aSigningSpokenOfAsAMeansIsNoAct() {
        String text = "嘉义市长黄敏惠表示,两市产业相近,签署友好关系备忘录有助双方互相借鉴。备忘录的签署必将扩大两市交流。";
        assertTrue(signings(run(text, "2024-03-01")).isEmpty());
    }

    @Test
    void whatFollowsTheActIsNoSecondAct() {
        String text = "嘉义市与日本长野市今天签署姊妹市盟约。缔盟之后,双方互赠纪念品。";
        assertEquals(1, signings(run(text, "2024-03-01")).size());
    }

    @Test
    void signingALeagueIsATwinningInTaiwanReports() {
        String text = "花莲县长王志明今天抵达日本宫崎市,双方随即正式签盟为姊妹市。";
        Event e = signings(run(text, "2022-05-10")).get(0);
        assertEquals("SISTER_CITY", e.agreement());
        assertEquals("宫崎", e.location());
    }

    @Test
    void giftsExchangedAfterTheSigningAreNoSecondSigning() {
        String text = "6月11日,漳州市与日本熊本市正式缔结友好城市关系,双方市长签署协议书后互赠礼物。";
        assertEquals(1, signings(run(text, "2024-06-12")).size());
    }

    @Test
    void aSigningToldFirstInATimeClauseIsStillTheAct() {
        String text = "6月11日,漳州市与日本熊本市签署友好城市协议后,双方互赠礼物。";
        assertEquals(1, signings(run(text, "2024-06-12")).size());
    }

    // round 8 of issue 9: construction-faithful mirrors (made-up names)

    @Test
    void theActNamedAsThisOneIsNotASecondSigning() {
        String text = "【记者王小明/宜兰报导】宜兰县礁溪乡长陈大文与台东县池上乡长李美华今天(8日)代表签署姊妹乡盟约,此次缔结姊妹乡象征两乡情谊。";
        List<Event> ss = signings(run(text, "2024-03-08"));
        assertEquals(Set.of(Set.of("礁溪乡", "池上乡")), partySets(ss));
    }

    @Test
    void aSentenceGoingOnWithAndWithKeepsThePreviousSigningsSubject() {
        String text = "5月6日,泰州市与奥地利格拉茨市签订了友好交流备忘录。并分别与德国友城波恩市、法国友城里昂市签订合作项目。";
        List<Event> ss = signings(run(text, "2021-05-07"));
        assertEquals(Set.of(Set.of("泰州", "格拉茨"), Set.of("泰州", "波恩"), Set.of("泰州", "里昂")), partySets(ss));
    }

    @Test
    void aMemorandumWrittenByItsEnglishInitialsIsAMemorandum() {
        List<Event> ss = signings(run("竹东镇长林一平与日本伊万里市长田中二郎今(5)日签署MOU,双方将在茶产业上合作。", "2024-05-06"));
        assertEquals(Set.of(Set.of("竹东镇", "伊万里")), partySets(ss));
        assertEquals("MEMORANDUM", ss.get(0).agreement());
    }

    @Test
    void anAgreementAfterWhichTheyBecameFriendshipCitiesIsATwinning() {
        List<Event> ss = signings(run("嘉义市与日本唐津市今天互签友好协定,正式成为友谊城市。", "2024-05-06"));
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }

    @Test
    void aTwinningCeremonyHeldIsATwinning() {
        List<Event> ss = signings(run("竹东镇与日本佐贺县伊万里市今天举行缔盟仪式,双方将在茶产业、观光及青少年交流等领域深化合作。", "2024-05-06"));
        assertEquals(Set.of(Set.of("竹东镇", "伊万里")), partySets(ss));
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }

    @Test
    void japaneseAndKoreanNamesOfTwinningAreTwinnings() {
        Event city = signings(run("竹东镇与日本伊万里市今天签署友好交流都市协定,双方将深化合作。", "2024-05-06")).get(0);
        assertEquals("SISTER_CITY", city.agreement());
        Event korean = signings(run("竹东镇与韩国闻庆市今天签署姊妹结缘协定,双方将深化合作。", "2024-05-06")).get(0);
        assertEquals("SISTER_CITY", korean.agreement());
    }

    // lead's review of round 8: a signer's office written as his place's party committee

    @Test
    void aSignerFromAPartyCommitteeSignsForItsPlace() {
        Event e = signings(run("意大利佩鲁贾市市长罗西与中国江西省九江市委书记陈明今天签署友好城市关系备忘录。", "2024-06-12")).get(0);
        assertEquals(Set.of("佩鲁贾", "九江"), partiesOf(e), e.toString());
    }

    @Test
    void anOpinionOfWhatTheSidesSigningBringsIsNoAct() {
        String text = "九江市代表团今天访问意大利佩鲁贾市。罗西说,相信双方签署友好城市关系备忘录有助加强两市与两国的合作。";
        assertTrue(signings(run(text, "2024-06-12")).isEmpty());
    }

    // round 19 of issue 9: clauses between the sides and their verb that name no side

    @Test
    void aTwinningClauseWhoseOnlyNameIsWhereItHappenedTakesTheSidesBefore() {
        EventExtractor.Result r = run("台南市与日本松江市三年前签定友好交流意向书,今天于日本正式缔结为姊妹市。", "2024-05-10");
        assertTrue(signings(r).stream().anyMatch(e -> "SISTER_CITY".equals(e.agreement())
                && Set.copyOf(e.parties()).equals(Set.of("台南", "松江"))), signings(r).toString());
    }

    @Test
    void aClauseTellingOnlyWhenLiesBetweenTheSidesAndTheirVerb() {
        EventExtractor.Result r = run("台南市与日本松江市三年前签定友好交流意向书,选在今天10日,正式缔结为姊妹市。", "2024-05-10");
        assertTrue(signings(r).stream().anyMatch(e -> "SISTER_CITY".equals(e.agreement()) && "2024-05-10".equals(e.date())
                && Set.copyOf(e.parties()).equals(Set.of("台南", "松江"))), signings(r).toString());
    }

    @Test
    void aDateWrittenBetweenTheSidesAndTheirVerbIsTheSigningsOwn() {
        Event e = theOneSigning("2015年9月20日,座谈会上,柳州市2012年9月与台东县签署了合作备忘录,三年来两地交流不断。", "2015-09-21");
        assertEquals("2012-09", e.date());
    }

    // round 20 of issue 9: constructions probed in made-up reports

    @Test
    void anAutonomousRegionsGovernmentSignsForTheRegion() {
        String text = "宁夏回族自治区人民政府与蒙古国色楞格省政府日前在银川签署友好合作备忘录。";
        List<Event> ss = signings(run(text, "2023-07-02"));
        assertEquals(Set.of(Set.of("宁夏回族自治区", "色楞格")), partySets(ss));
    }

    @Test
    void theCityWhereTheMayorsMetIsNoSideOfTheirSigning() {
        String text = "3月6日，岳阳市市长李明在广州会见了葡萄牙布拉加市市长一行，双方签署了两市缔结友好城市关系意向书。";
        List<Event> ss = signings(run(text, "2024-03-07"));
        assertEquals(Set.of(Set.of("岳阳", "布拉加")), partySets(ss));
    }

    @Test
    void deputiesAndSecretariesNamedByOfficeAloneSignForTheirPlaces() {
        List<Event> deputy = signings(run("5月4日，株洲市副市长与法国南特市市长签署了合作备忘录。", "2024-05-05"));
        assertEquals(Set.of(Set.of("株洲", "南特")), partySets(deputy));
        List<Event> secretary = signings(run("5月4日，株洲市委书记与法国南特市市长签署了合作备忘录。", "2024-05-05"));
        assertEquals(Set.of(Set.of("株洲", "南特")), partySets(secretary));
    }

    @Test
    void aSigningRetoldWithEarlyInAYearIsAnActOfThatYear() {
        List<Event> ss = signings(run("早在1996年，益阳市就与法国南特市签署了友好城市协议书，两市交往密切。", "2024-05-05"));
        assertEquals(Set.of(Set.of("益阳", "南特")), partySets(ss));
        assertEquals("1996", ss.get(0).date());
    }

    @Test
    void aCitysGovernmentNamedWithItsProvinceOrAsASpecialCitySignsForTheCity() {
        List<Event> withProvince = signings(run("2024年5月4日，株洲市人民政府与韩国庆尚北道庆州市人民政府签署友好城市关系协议书。", "2024-05-05"));
        assertEquals(Set.of(Set.of("株洲", "庆州")), partySets(withProvince));
        List<Event> special = signings(run("2024年5月4日，株洲市人民政府与韩国釜山广域市政府签署友好城市关系协议书。", "2024-05-05"));
        assertEquals(Set.of(Set.of("株洲", "釜山广域市")), partySets(special));
    }

    @Test
    void aCitysGovernmentNamedWithItsStateSignsForTheCityButACityEndingIn州KeepsItsName() {
        assertEquals("塔科马", SigningExtractor.placeOfGovernment("华盛顿州塔科马市政府"));
        assertEquals("北九州", SigningExtractor.placeOfGovernment("北九州市政府"));
        assertEquals("广州", SigningExtractor.placeOfGovernment("广州市人民政府"));
    }

    @Test
    void aDistrictsOrCountysGovernmentNamedWithItsCitySignsForTheDistrictOrCounty() {
        List<Event> district = signings(run("2024年3月5日,株洲市与上海市徐汇区人民政府签署友好合作协议。", "2024-03-06"));
        assertEquals(Set.of(Set.of("株洲", "徐汇")), partySets(district));
        List<Event> county = signings(run("2024年3月5日,株洲市与湖南省衡阳市衡山县人民政府签署友好合作协议。", "2024-03-06"));
        assertEquals(Set.of(Set.of("株洲", "衡山")), partySets(county));
    }

    @Test
    void theYearATwinningBeganDoesNotDateTheSigningThatDeepensIt() {
        String text = "株洲市与法国南特市今天签署友好交流合作备忘录，深化两市自1994年缔结友好城市以来的友谊。";
        List<Event> ss = signings(run(text, null));
        assertEquals(Set.of(Set.of("株洲", "南特")), partySets(ss));
        assertEquals(null, ss.get(0).date());
    }

    @Test
    void aSpeakerRecallingAnEarlierYearsTwinningToldItsHistoryNotAnAct() {
        String text = "市长张三在会上指出，1998年，洛阳市与日本冈山市缔结友好城市，此后往来不断。";
        EventExtractor.Result r = run(text, "2031-06-03");
        assertTrue(signings(r).isEmpty());
        assertEquals(Set.of("冈山-洛阳@1998"), relationKeys(r));
        // a page with no date of its own: the year is recalled when another sentence of the page dates it later
        String undated = "2031年6月2日，代表团抵达冈山。团长张三说，1998年10月5日，洛阳市与日本冈山市缔结友好城市。";
        EventExtractor.Result u = run(undated, null);
        assertTrue(signings(u).isEmpty());
        assertEquals(Set.of("冈山-洛阳@1998-10-05"), relationKeys(u));
    }

    @Test
    void aSpeakersTwinningDatedOnlyByItselfOnAnUndatedPageIsAnAct() {
        String text = "团长张三说，2031年6月2日，洛阳市与日本冈山市在此正式缔结友好城市关系。";
        assertEquals(1, signings(run(text, null)).size());
    }

    @Test
    void aYearInAnotherClauseOrOpeningASpanIsNoRecalledYear() {
        String far = "张三表示，两市往来已久，1998年曾互派代表团，今天洛阳市与日本冈山市正式缔结友好城市关系。";
        assertEquals(1, signings(run(far, "2031-06-03")).size());
        String span = "张三表示，自1998年互访以来，洛阳市与日本冈山市今天正式缔结友好城市关系。";
        assertEquals(1, signings(run(span, "2031-06-03")).size());
    }

    @Test
    void guardATwinningToldByTheReportOrADocumentASpeakerSaysWasSignedStaysAnAct() {
        // told by the report itself, not by a speaker, the dated twinning stays an act of its time (GOLD.md §7)
        String told = "1998年，洛阳市与日本冈山市缔结友好城市。";
        assertEquals(1, signings(run(told, "2031-06-03")).size());
        // a document the speaker says was signed is still a signing of its time
        String signed = "会长张三表示，1998年10月5日，时任洛阳市长李四与冈山市长签署两市友好交流协议书。";
        assertEquals(1, signings(run(signed, null)).size());
    }

    @Test
    void concludedToBecomeSisterCitiesWithoutItsDayStatesTheRelation() {
        EventExtractor.Result r = run("处长李四回忆道:“那是难忘的岁月。值得一提的是,温州同意大利普拉托缔结成为姊妹城市。”", "2031-06-03");
        assertEquals(0, signings(r).size(), signings(r).toString());
        assertEquals(1, r.relations().size(), r.relations().toString());
    }

    @Test
    void aSpansStartIsTheTwinningsTimeWhenTheSentenceGivesItNoOther() {
        String text = "南投县与日本长野县松本市缔结姊妹市，双方自2016年签署盟约以来，每年互派学生交流。";
        EventExtractor.Result r = run(text, null);
        assertEquals("2016", r.relations().get(0).since());
    }

    @Test
    void theTwoWhoSignABareDocumentAfterTheCeremonyAreTheCeremonysSigners() {
        String text = "4月12日,镇江市与韩国清州市友好城市签约仪式举行。市长王一明与清州市市长李二华分别代表两市签署协议书。";
        java.util.List<Event> ss = signings(run(text, "2031-04-13"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(java.util.List.of("王一明", "李二华"), ss.get(0).signatories());
    }

    @Test
    void aSigningDuringAVisitToldOverASpanIsDatedByTheSpansMonth() {
        String text = "2031年9月8日 来源:某网\n应土耳其伊斯坦布尔市邀请,昆明市代表团于9月5日至7日访问伊斯坦布尔。访问期间,两市签署了友好交流合作备忘录。";
        java.util.List<Event> ss = signings(run(text, null));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("2031-09", ss.get(0).date());
    }

    @Test
    void aSigningAtTheOpeningOfAForumOfSeveralDaysIsOnItsFirstDay() {
        String text = "由江西省人民对外友好协会主办,为期5天的2031年江西国际友好组织交流会于10月14日在南昌开幕。"
                + "开幕式现场,江西省人民对外友好协会与斯里兰卡中国友好协会签订友好合作备忘录。";
        java.util.List<Event> ss = signings(run(text, "2031-10-14"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("2031-10-14", ss.get(0).date());
    }

    @Test
    void aTwinningWithAFurtherPartnerAfter并与LeavesTheFirstDocumentItsOwnKind() {
        List<Event> ss = signings(run("会中,兰州市与意大利都灵市签署合作备忘录,并与法国南特市缔结友好城市。", "2031-06-03"));
        Event memo = ss.stream().filter(e -> Set.copyOf(e.parties()).equals(Set.of("兰州", "都灵"))).findFirst().orElseThrow();
        assertEquals("MEMORANDUM", memo.agreement());
        Event twin = ss.stream().filter(e -> Set.copyOf(e.parties()).equals(Set.of("兰州", "南特"))).findFirst().orElseThrow();
        assertEquals("SISTER_CITY", twin.agreement());
    }

    @Test
    void eachSigningOfASentenceSplitBySemicolonsTakesTheKindOfItsOwnDocument() {
        List<Event> ss = signings(run("仪式上,兰州市市长与都灵市市长签署两市缔结友城关系协议书;西宁市副市长与南特市市长签署两市友好交流城市意向书。",
                "2031-06-03"));
        Event twin = ss.stream().filter(e -> Set.copyOf(e.parties()).equals(Set.of("兰州", "都灵"))).findFirst().orElseThrow();
        assertEquals("SISTER_CITY", twin.agreement());
        Event intent = ss.stream().filter(e -> Set.copyOf(e.parties()).equals(Set.of("西宁", "南特"))).findFirst().orElseThrow();
        assertEquals("LETTER_OF_INTENT", intent.agreement());
    }

    @Test
    void pairsBeforeAStandingAndTheNoun签约AreSigningsOfThatStanding() {
        List<Event> ss = signings(run("2031年6月2日,大会见证了兰州与都灵、西宁与南特友好城市签约。", "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵"), Set.of("西宁", "南特")), partySets(ss));
        ss.forEach(e -> assertEquals("SISTER_CITY", e.agreement()));
    }

    @Test
    void pairsBefore的AndAStandingAndTheNoun签约AreSigningsOfThatStanding() {
        List<Event> ss = signings(run("2031年6月2日,闭幕式上见证了兰州市与意大利都灵市、西宁市与法国南特市的友好城市签约。", "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵"), Set.of("西宁", "南特")), partySets(ss));
        ss.forEach(e -> assertEquals("SISTER_CITY", e.agreement()));
    }

    @Test
    void pairsThatCarryOutAStandingsSigningAsANounAreSigningsOfThatStanding() {
        List<Event> ss = signings(run("2031年6月2日,论坛上,兰州市人民政府与意大利都灵市政府、法国南特市政府进行了友好城市签约。", "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵"), Set.of("兰州", "南特")), partySets(ss));
        ss.forEach(e -> assertEquals("SISTER_CITY", e.agreement()));
        assertTrue(signings(run("论坛上,兰州市与意大利都灵市将进行友好城市签约。", "2031-06-03")).isEmpty());
    }

    @Test
    void signersWhoSignAfterACeremonyJustToldSignItsDocument() {
        Event e = theOneSigning("签约\n2031年9月12日,两市友好城市协议书签字仪式在兰州举行。兰州市市长张明与意大利都灵市市长马可·罗西分别代表两市签字。",
                "2031-09-13");
        assertEquals(Set.of("兰州", "都灵"), Set.copyOf(e.parties()));
        assertEquals("SISTER_CITY", e.agreement());
        assertEquals(List.of("张明", "马可·罗西"), e.signatories());
    }

    @Test
    void aSigningWithoutDocumentTakesItsKindFromItsOwnClauseNotTheNextSigningsDocument() {
        List<Event> ev = signings(run("论坛期间,甘肃省与哈萨克斯坦阿拉木图州缔结友好省州关系,天水市与吉尔吉斯斯坦奥什市签署建立友好城市关系意向书。",
                "2031-10-08"));
        Event first = ev.stream().filter(e -> e.parties().contains("甘肃")).findFirst().orElseThrow();
        assertEquals("SISTER_CITY", first.agreement());
        Event second = ev.stream().filter(e -> e.parties().contains("天水")).findFirst().orElseThrow();
        assertEquals("LETTER_OF_INTENT", second.agreement());
    }

    @Test
    void aFormalConclusionAsSisterCitiesToldAtAForumIsAnActEvenWithoutItsOwnDay() {
        EventExtractor.Result r = run("2031年6月2日,第五届友好城市论坛在烟台开幕。论坛期间,烟台市与日本松本市正式缔结为友好城市。", "2031-06-03");
        assertEquals(Set.of(Set.of("烟台", "松本")), partySets(signings(r)));
        // without 正式 and without a day it states their standing relation, no act
        assertTrue(signings(run("烟台市与日本松本市缔结为友好城市,两市交流频繁。", "2031-06-03")).isEmpty());
    }

    @Test
    void aDocumentThatIsTheSubjectOfItsSigningNamesTheKind() {
        assertEquals(Set.of(Set.of("烟台", "松本")), partySets(signings(run("2031年6月2日,烟台市与松本市的友好城市协议书在烟台正式签署。", "2031-06-03"))));
        assertEquals(Set.of(Set.of("烟台", "松本")), partySets(signings(run("2031年6月2日,烟台市与松本市友好城市协议书正式签署。", "2031-06-03"))));
        // the document spoken of, not signed (its verb does not close the clause)
        assertTrue(signings(run("烟台市与松本市的友好城市协议书签署后的第一个项目启动。", "2031-06-03")).isEmpty());
    }

    // round 29 of issue 9

    @Test
    void namesPutOnADocumentSignIt() {
        String text = "6月5日，嘉兴市市长陈伟与法国鲁昂市市长马丁分别代表两市在友好城市协议书上签字。";
        List<Event> ss = signings(run(text, "2024-06-05"));
        assertEquals(Set.of(Set.of("嘉兴", "鲁昂")), partySets(ss));
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }

    @Test
    void aPlaceOpeningTheClauseBeforeThePartnerIsWhereNotWho() {
        String text = "5月6日，宜兰县长林大同今日率团赴日本，在松本市与松本市长田中一郎签署友好交流协定。";
        List<Event> ss = signings(run(text, "2024-05-06"));
        assertEquals(Set.of(Set.of("宜兰", "松本")), partySets(ss));
        assertEquals("松本", ss.get(0).location());
    }

    @Test
    void aDocumentMarkingTheStandingItEstablishesIsATwinning() {
        String text = "5月6日，烟台市人民政府与日本松本市政府签订友好交流合作协议书，标志着两市正式建立友好交流城市关系。";
        List<Event> ss = signings(run(text, "2024-05-06"));
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }

    @Test
    void aDocumentSignedSinceATwinningIsNoTwinning() {
        String text = "5月6日，烟台市与日本松本市签订经贸合作协议书，这是两市建立友好城市关系以来的又一成果。";
        List<Event> ss = signings(run(text, "2024-05-06"));
        assertEquals("COOPERATION", ss.get(0).agreement());
    }
}
