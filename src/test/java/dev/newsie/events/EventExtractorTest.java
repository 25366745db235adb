package dev.newsie.events;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up news sentences (none from the corpus) for every trigger family and relation statement. */
class EventExtractorTest {
    private static Set<String> pairs(EventExtractor.Result r) {
        return relationKeys(r);
    }

    @Test
    void forumHeldWithDateVenueThemeTopicsCountsAndOrganizers() {
        String text = "2022成都国际友城青年论坛开幕\n"
                + "15日,“2022成都国际友城青年论坛”在成都天府国际会议中心举行。来自18个国家25个友好城市的约120位嘉宾参会。"
                + "本届论坛主题为“青年携手 共创未来”,设“数字经济与青年创业”和“绿色发展与青年行动”两个分议题。"
                + "论坛由中国人民对外友好协会、成都市人民政府共同主办。";
        List<Event> fs = ofType(run(text, "2022-08-16"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        Event f = fs.get(0);
        assertEquals("2022成都国际友城青年论坛", f.name());
        assertEquals("2022-08-15", f.date());
        assertEquals("成都", f.location());
        assertEquals("天府国际会议中心", f.venue());
        assertEquals(18, f.countries());
        assertEquals(25, f.cities());
        assertEquals(120, f.attendees());
        assertEquals("青年携手 共创未来", f.theme());
        assertEquals(List.of("数字经济与青年创业", "绿色发展与青年行动"), f.topics());
        assertEquals(List.of("中国人民对外友好协会", "成都市人民政府"), f.organizers());
    }

    @Test
    void forumOpenedAndClosedOnDifferentDaysGetsStartAndEnd() {
        String text = "7月3日,2021中国—东盟市长论坛在南宁开幕。7月4日,论坛在南宁闭幕。";
        Event f = ofType(run(text, "2021-07-05"), EventType.FORUM).get(0);
        assertEquals("2021-07-03", f.start());
        assertEquals("2021-07-04", f.end());
        assertNull(f.date());
    }

    @Test
    void oneSigningPerPairOfAnEnumeration() {
        String text = "9月5日,浙江省宁波市与葡萄牙波尔图市、江苏省扬州市与意大利锡耶纳市分别签署建立友好城市关系协议书。";
        EventExtractor.Result r = run(text, "2023-09-06");
        List<Event> ss = ofType(r, EventType.SIGNING);
        assertEquals(2, ss.size(), ss.toString());
        assertEquals(Set.of("宁波", "波尔图"), partiesOf(ss.get(0)));
        assertEquals(Set.of("扬州", "锡耶纳"), partiesOf(ss.get(1)));
        assertEquals("SISTER_CITY", ss.get(0).agreement());
        assertEquals("建立友好城市关系协议书", ss.get(0).title());
        assertEquals("2023-09-05", ss.get(0).date());
        assertTrue(pairs(r).contains("宁波-波尔图@2023-09-05"), pairs(r).toString());
    }

    @Test
    void aYearlyProgrammeIsCooperationUnlessItsDocumentIsAMemorandum() {
        EventLexicon lexicon = EventLexicon.load();
        assertEquals("COOPERATION", lexicon.agreementKind("2031年度友好交流协议书"));
        assertEquals("MEMORANDUM", lexicon.agreementKind("丙市与丁市2032—2035年度青年互访备忘录"));
    }

    @Test
    void agreementKindComesFromTheDocumentName() {
        assertEquals("LETTER_OF_INTENT", ofType(run("青岛市与美国长滩市签署建立友好城市关系意向书。", "2023-01-01"), EventType.SIGNING).get(0).agreement());
        assertEquals("MEMORANDUM", ofType(run("青岛市与美国长滩市签署经贸合作备忘录。", "2023-01-01"), EventType.SIGNING).get(0).agreement());
        assertEquals("COOPERATION", ofType(run("青岛市与美国长滩市签订港口合作协议。", "2023-01-01"), EventType.SIGNING).get(0).agreement());
    }

    @Test
    void signatoryStandsBetweenPlaceAndPartner() {
        String text = "论坛期间,智利瓦尔帕莱索市市长霍尔赫·夏普代表该市与天津签署友好合作备忘录。";
        Event s = ofType(run(text, "2023-01-01"), EventType.SIGNING).get(0);
        assertEquals(Set.of("瓦尔帕莱索", "天津"), partiesOf(s));
        assertEquals(List.of("霍尔赫·夏普"), s.signatories());
    }

    @Test
    void backgroundTwinningIsARelationNotASigning() {
        String text = "杭州市与法国尼斯市自1998年结为友好城市以来,交流不断。";
        EventExtractor.Result r = run(text, "2023-05-01");
        assertTrue(ofType(r, EventType.SIGNING).isEmpty(), r.events().toString());
        assertTrue(pairs(r).contains("尼斯-杭州@1998"), pairs(r).toString());
    }

    @Test
    void relationStatementsGiveSince() {
        assertTrue(pairs(run("成都市与德国波恩市的友谊开始于2009年。", "2023-05-01")).contains("成都-波恩@2009"));
        assertTrue(pairs(run("今年是武汉市与法国波尔多市结好25周年。", "2023-05-01")).contains("武汉-波尔多@1998"));
    }

    @Test
    void listingWithSisterCityInBracketsStatesARelation() {
        String text = "获奖名单:\n1.日本横滨市(上海市友城)\n2.美国休斯敦市(深圳市友城)";
        Set<String> p = pairs(run(text, "2023-05-01"));
        assertTrue(p.contains("上海-横滨@null"), p.toString());
        assertTrue(p.contains("休斯敦-深圳@null"), p.toString());
    }

    @Test
    void awardWithGiverRecipientsAndWinnersList() {
        String text = "11月2日,中国人民对外友好协会向成都市、西安市等城市颁发了「友城交流合作奖」。\n"
                + "附:获奖名单\n「友城交流合作奖」\n1.四川省成都市\n2.陕西省西安市\n3.浙江省宁波市(日本长冈京市友城)";
        EventExtractor.Result r = run(text, "2022-11-03");
        List<Event> as = ofType(r, EventType.AWARD);
        assertEquals(1, as.size(), as.toString());
        Event a = as.get(0);
        assertEquals("友城交流合作奖", a.award());
        assertEquals(List.of("中国人民对外友好协会"), a.giver());
        assertEquals(List.of("成都", "西安", "宁波"), a.recipients());
        assertEquals("2022-11-02", a.date());
    }

    @Test
    void twinningDatedInAnEarlierYearIsBackgroundNotASigning() {
        EventExtractor.Result r = run("市长表示,常州与德国埃森于2011年缔结友好城市关系,合作不断深化。", "2024-06-12");
        assertTrue(ofType(r, EventType.SIGNING).isEmpty(), r.events().toString());
        assertTrue(pairs(r).contains("埃森-常州@2011"), pairs(r).toString());
    }

    @Test
    void partiesCanComeFromTheDocumentTitle() {
        EventExtractor.Result r = run("6月3日,两市签署了《无锡市与德国斯图加特市经贸合作备忘录》。", "2024-06-04");
        Event s = ofType(r, EventType.SIGNING).get(0);
        assertEquals(Set.of("无锡", "斯图加特"), partiesOf(s));
        assertEquals("MEMORANDUM", s.agreement());
        assertEquals("无锡市与德国斯图加特市经贸合作备忘录", s.title());
        assertEquals("2024-06-03", s.date());
    }

    @Test
    void headlineAndBodyReportsOfOneSigningAreOneEvent() {
        String text = "福州市与美国塔科马市正式结好\n5月9日,福州市与美国塔科马市在福州签署建立友好城市关系协议书。";
        List<Event> ss = ofType(run(text, "2024-05-10"), EventType.SIGNING);
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("福州", ss.get(0).location());
        assertEquals("2024-05-09", ss.get(0).date());
    }

    @Test
    void ordinalIsPartOfAForumNameAndShortCountryCountsAreRead() {
        String text = "9月15日,第三届中国—中亚友好城市论坛在乌鲁木齐开幕。来自中亚5国的40多个城市代表约200人出席。";
        Event f = ofType(run(text, "2022-09-16"), EventType.FORUM).get(0);
        assertEquals("第三届中国—中亚友好城市论坛", f.name());
        assertEquals(5, f.countries());
        assertEquals(40, f.cities());
        assertEquals(200, f.attendees());
    }

    @Test
    void awardWhoseNameHoldsPlaceNamesStillFindsGiverAndRecipients() {
        String text = "开幕式上,中国人民对外友好协会向南宁市、柳州市颁发了“中国—东盟友好城市合作奖”。";
        Event a = ofType(run(text, "2022-09-16"), EventType.AWARD).get(0);
        assertEquals(List.of("中国人民对外友好协会"), a.giver());
        assertEquals(List.of("南宁", "柳州"), a.recipients());
    }

    @Test
    void receivingAnAwardNamesTheRecipientAndTheGiver() {
        Event a = ofType(run("活动中,厦门市荣获美国巴尔的摩市授予的“杰出友好城市奖”。", "2025-03-20"), EventType.AWARD).get(0);
        assertEquals(List.of("厦门"), a.recipients());
        assertEquals(List.of("巴尔的摩"), a.giver());
    }

    @Test
    void aCitysSisterCitiesListedAfterTheirName() {
        Set<String> p = pairs(run("来自宁波的友好城市日本长冈京市、德国亚琛市的代表出席。", "2024-10-12"));
        assertTrue(p.contains("宁波-长冈京@null"), p.toString());
        assertTrue(p.contains("亚琛-宁波@null"), p.toString());
    }

    @Test
    void headlineNameWithoutTheCityIsTheSameForum() {
        String text = "温州举办国际友城市长对话会\n10月11日,2024温州国际友城市长对话会在温州举行。";
        List<Event> fs = ofType(run(text, "2024-10-12"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("2024温州国际友城市长对话会", fs.get(0).name());
    }

    @Test
    void unquotedTopicsListedWithYiji() {
        String text = "5月6日,2024武汉国际友好城市合作论坛在武汉举行。论坛旨在探讨和交流城市更新与历史保护以及绿色交通与低碳出行等议题。";
        Event f = ofType(run(text, "2024-05-07"), EventType.FORUM).get(0);
        assertEquals(List.of("城市更新与历史保护", "绿色交通与低碳出行"), f.topics());
    }

    @Test
    void officialOfAForeignCitysOfficeMakesItAParticipantOfTheHostsSisterCityForum() {
        String text = "6月2日,2024武汉国际友好城市合作论坛在武汉举行,友城代表齐聚一堂。德国杜伊斯堡市经济促进局局长托马斯·施密特介绍了杜伊斯堡的经验。";
        Set<String> p = pairs(run(text, "2024-06-03"));
        assertTrue(p.contains("杜伊斯堡-武汉@null"), p.toString());
    }

    @Test
    void guestsNotSaidToComeFromSisterCitiesAreNoRelation() {
        String text = "6月2日,2024武汉国际友好城市合作论坛在武汉举行。德国杜伊斯堡市经济促进局局长托马斯·施密特致辞。";
        assertTrue(pairs(run(text, "2024-06-03")).isEmpty());
    }

    @Test
    void bothSidesMeansTheChineseAndForeignPlacesLastNamed() {
        String text = "5月1日,意大利维罗纳市市长率团访问苏州。会见后,两市签署了文化交流合作备忘录。";
        Event s = ofType(run(text, "2024-05-02"), EventType.SIGNING).get(0);
        assertEquals(Set.of("苏州", "维罗纳"), partiesOf(s));
        assertTrue(ofType(run("会见后,两市签署了文化交流合作备忘录。", "2024-05-02"), EventType.SIGNING).isEmpty());
    }

    @Test
    void secondClauseWithElidedSubjectIsASigningOfTheSameSubject() {
        String text = "会上,大连市与挪威卑尔根市签署了建立友好城市关系意向书,与巴西圣保罗州签署了经贸合作备忘录。";
        List<Event> ss = ofType(run(text, "2023-06-10"), EventType.SIGNING);
        assertEquals(2, ss.size(), ss.toString());
        assertEquals(Set.of("大连", "圣保罗"), partiesOf(ss.get(1)));
        assertEquals("MEMORANDUM", ss.get(1).agreement());
    }

    @Test
    void enumeratedWinnersBeforeTheVerbAreAllRecipients() {
        String text = "9月8日,友好城市大会在西安闭幕。在颁奖环节,浙江省、湖南省,苏州市、洛阳市4个省市获评“友好城市合作贡献奖”。";
        Event a = ofType(run(text, "2023-09-09"), EventType.AWARD).get(0);
        assertEquals(List.of("浙江", "湖南", "苏州", "洛阳"), a.recipients());
        assertEquals("西安", a.location());
    }

    @Test
    void honourConferredByAPlaceOnPeopleNamesGiverAndRecipient() {
        String text = "8日,杭州市举行仪式,授予约翰·史密斯等5人“荣誉市民”称号。";
        Event a = ofType(run(text, "2021-05-09"), EventType.AWARD).get(0);
        assertEquals("荣誉市民", a.award());
        assertEquals(List.of("杭州"), a.giver());
        assertEquals(List.of("约翰·史密斯"), a.recipients());
        assertEquals("2021-05-08", a.date());
    }

    @Test
    void placesSigningJointlyAreOneSigningWithEveryParty() {
        String text = "6月3日,中国南宁市、柳州市,越南河内市共3个城市,共同签署《边境城市联盟合作备忘录》。";
        List<Event> ss = ofType(run(text, "2023-06-04"), EventType.SIGNING);
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(Set.of("南宁", "柳州", "河内"), partiesOf(ss.get(0)));
        assertEquals("ALLIANCE", ss.get(0).agreement());
    }

    @Test
    void memorandumThatMakesSisterCitiesIsASisterCityAgreement() {
        String text = "5月2日,台中市与美国奥斯汀市签署合作备忘录,正式缔结为姊妹市。";
        EventExtractor.Result r = run(text, "2019-05-03");
        Event s = ofType(r, EventType.SIGNING).get(0);
        assertEquals("SISTER_CITY", s.agreement());
        assertTrue(pairs(r).contains("台中-奥斯汀@2019-05-02") || pairs(r).contains("奥斯汀-台中@2019-05-02"), pairs(r).toString());
    }

    @Test
    void partnersListedAfterThePairEachSignWithTheSubject() {
        String text = "3月9日,湖北省与法国布列塔尼大区签署友好省区协议;与意大利米兰市、西班牙马德里市签署合作备忘录。";
        List<Event> ss = ofType(run(text, "2022-03-10"), EventType.SIGNING);
        Set<String> pairs = ss.stream().map(e -> String.join("-", e.parties())).collect(Collectors.toSet());
        assertEquals(Set.of("湖北-布列塔尼", "湖北-米兰", "湖北-马德里"), pairs);
    }

    @Test
    void twinningsSignedOverPastYearsAreRelationsNotSignings() {
        String text = "长沙市自2012年起陆续与德国基尔市、日本鹿儿岛市签署友好城市协议书。";
        EventExtractor.Result r = run(text, "2020-05-01");
        assertTrue(ofType(r, EventType.SIGNING).isEmpty(), r.events().toString());
        assertTrue(pairs(r).stream().anyMatch(p -> p.startsWith("基尔-长沙") || p.startsWith("长沙-基尔")), pairs(r).toString());
    }

    @Test
    void yearBeforeTheClauseGivesSinceOfTheLaterSubject() {
        EventExtractor.Result r = run("自1985年与美国俄亥俄州缔结友好省州关系以来,湖北省同该州的交往日益密切。", "2020-05-01");
        assertTrue(pairs(r).contains("俄亥俄-湖北@1985") || pairs(r).contains("湖北-俄亥俄@1985"), pairs(r).toString());
    }

    @Test
    void counterpartSisterCityStatesARelation() {
        EventExtractor.Result r = run("浙江省对口友城法国诺曼底大区获得“合作伙伴奖”。", "2020-05-01");
        assertTrue(pairs(r).stream().anyMatch(p -> p.contains("诺曼底") && p.contains("浙江")), pairs(r).toString());
    }

    @Test
    void bothCitiesTwinnedInAYearAreTheHomeAndForeignPlacesJustNamed() {
        String text = "日前,芬兰坦佩雷市代表团访问了长沙市。两市于2010年结为友好城市。";
        Set<String> p = pairs(run(text, "2020-05-01"));
        assertTrue(p.contains("坦佩雷-长沙@2010") || p.contains("长沙-坦佩雷@2010"), p.toString());
    }

    @Test
    void cityThatIsAnothersSisterCityStatesARelation() {
        Set<String> p = pairs(run("据悉,奥地利萨尔茨堡市是昆明市的友好城市。", "2020-05-01"));
        assertTrue(p.stream().anyMatch(x -> x.contains("萨尔茨堡") && x.contains("昆明")), p.toString());
    }

    @Test
    void winnersListedAfterTheAwardAndAColon() {
        String text = "10月9日,友城合作交流会在青岛举行,会上颁发了友城奖项。“友城合作突出贡献奖”:烟台市、威海市、日照市。";
        Event a = ofType(run(text, "2023-10-10"), EventType.AWARD).get(0);
        assertEquals(List.of("烟台", "威海", "日照"), a.recipients());
    }

    @Test
    void unnumberedLinesUnderAnUnquotedHeadingAreWinners() {
        String text = "中国人民对外友好协会公布了获奖名单。\n友好城市交流合作奖获奖名单:\n泉州市、漳州市\n莆田市\n";
        Event a = ofType(run(text, "2023-10-10"), EventType.AWARD).get(0);
        assertEquals("友好城市交流合作奖", a.award());
        assertEquals(List.of("泉州", "漳州", "莆田"), a.recipients());
    }

    @Test
    void awardPresentedWith为NamesGiverAndRecipient() {
        String text = "4月3日,中国人民对外友好协会为绍兴市颁发了“友好城市交流合作奖”。";
        Event a = ofType(run(text, "2023-04-04"), EventType.AWARD).get(0);
        assertEquals(List.of("中国人民对外友好协会"), a.giver());
        assertEquals(List.of("绍兴"), a.recipients());
    }

    @Test
    void signingAtAForumHeldInAPlaceTakesThatPlace() {
        String text = "5日,在江苏南京举行的友城合作大会上,扬州市与法国图尔市签署建立友好城市关系协议书。";
        Event s = ofType(run(text, "2023-04-06"), EventType.SIGNING).get(0);
        assertEquals("南京", s.location());
    }

    @Test
    void winnersNamedAfterTheAwardWith为AndSeparatedBySpaces() {
        String text = "8月1日,“丝路友好城市奖”获奖城市为:西宁市 银川市  兰州市。";
        Event a = ofType(run(text, "2023-08-02"), EventType.AWARD).get(0);
        assertEquals(List.of("西宁", "银川", "兰州"), a.recipients());
    }

    @Test
    void anAwardDescribedByWhatFollowsItHasNoRecipients() {
        String text = "“丝路友好城市奖”是兰州市授予外国城市的最高荣誉。";
        List<Event> as = ofType(run(text, "2023-08-02"), EventType.AWARD);
        assertTrue(as.isEmpty() || as.get(0).recipients() == null, as.toString());
    }

    @Test
    void foundingAnAllianceIsAnAllianceSigningOfEveryPlace() {
        String text = "6日,中国南宁市、越南河内市联合老挝万象市共同发起成立东盟城市发展联盟。";
        List<Event> ss = ofType(run(text, "2023-06-07"), EventType.SIGNING);
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("ALLIANCE", ss.get(0).agreement());
        assertEquals(Set.of("南宁", "河内", "万象"), partiesOf(ss.get(0)));
    }

    @Test
    void plannedAllianceIsNoSigning() {
        String text = "中国南宁市、越南河内市、老挝万象市将发起成立东盟城市发展联盟。";
        assertTrue(ofType(run(text, "2023-06-07"), EventType.SIGNING).isEmpty());
    }

    @Test
    void whoSignedIsToldInTheNextSentence() {
        String text = "5月4日,南京市与意大利佛罗伦萨市在南京签署友好城市关系协议书。南京市市长张明和佛罗伦萨市市长保罗·罗西在协议书上签字。";
        Event s = ofType(run(text, "2023-05-05"), EventType.SIGNING).get(0);
        assertEquals(List.of("张明", "保罗·罗西"), s.signatories());
    }

    @Test
    void aCountOfDocumentsIsNotPartOfTheTitle() {
        String text = "5月4日,大会期间湖南省与日本滋贺县等地签署了6份建立友好城市关系协议书。";
        Event s = ofType(run(text, "2023-05-05"), EventType.SIGNING).get(0);
        assertEquals("建立友好城市关系协议书", s.title());
    }

    @Test
    void twoHomeCitiesSigningAreTheTwoCitiesLastNamed() {
        String text = "3日,杭州市市长与苏州市市长出席交流会。会上,两市正式签署文旅合作备忘录。";
        Event s = ofType(run(text, "2023-05-05"), EventType.SIGNING).get(0);
        assertEquals(Set.of("杭州", "苏州"), partiesOf(s));
        assertEquals("MEMORANDUM", s.agreement());
    }

    @Test
    void topicsListedBeforeTheWordForTopicsWithoutDeng() {
        String text = "7月2日,2023长沙友城论坛在长沙举行。论坛聚焦绿色低碳转型、数字城市治理、青年人才交流议题。";
        Event f = ofType(run(text, "2023-07-03"), EventType.FORUM).get(0);
        assertEquals(List.of("绿色低碳转型", "数字城市治理", "青年人才交流"), f.topics());
    }

    @Test
    void theFirstCountOfParticipantsIsTheForums() {
        String text = "7月2日,2023长沙友城论坛在长沙举行,来自30个国家的200名嘉宾参会。其中,来自8个国家的20名青年代表参加了分论坛。";
        Event f = ofType(run(text, "2023-07-03"), EventType.FORUM).get(0);
        assertEquals(30, f.countries());
        assertEquals(200, f.attendees());
    }

    @Test
    void aForumNamedForTwoCitiesIsWhereTheDatelineIs() {
        String text = "新华社厦门3月5日电 2024高雄厦门城市论坛5日圆满落幕。";
        Event f = ofType(run(text, "2024-03-05"), EventType.FORUM).get(0);
        assertEquals("厦门", f.location());
    }

    @Test
    void aDocumentDescribedBy两市HasNoTitleAndItsVerbIsNoSecondSigning() {
        String text = "蚌埠市与德国哥廷根市3日签署两市缔结友城关系协议。";
        List<Event> ss = ofType(run(text, "2023-05-04"), EventType.SIGNING);
        assertEquals(1, ss.size(), ss.toString());
        assertNull(ss.get(0).title());
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }

    private static List<String> bare(List<String> names) {
        return names == null ? List.of() : names.stream().map(CanonicalNames::dropSuffix).toList();
    }

    @Test
    void winnersNamedAfter获奖城市为AreReadEvenWhenTheRecogniserMissesThem() {
        String text = "9月5日,友城大会颁发了“友城合作贡献奖”。获奖城市为:日本青峰县、云杉市、白岭郡。";
        Event a = ofType(run(text, "2023-09-06"), EventType.AWARD).get(0);
        assertEquals(List.of("青峰", "云杉", "白岭"), bare(a.recipients()));
    }

    @Test
    void pairLinesUnderAGenericListHeadingGiveBothCities() {
        String text = "大会颁发了“友城交流合作奖”。\n获奖名单如下:\n1.烟台市—威海市\n2.泉州市—漳州市\n";
        Event a = ofType(run(text, "2023-09-06"), EventType.AWARD).get(0);
        assertEquals(List.of("烟台", "威海", "泉州", "漳州"), bare(a.recipients()));
    }

    @Test
    void aClauseThatIsNotANameListGivesNoRecipients() {
        String text = "大会颁发了“友城交流合作奖”。获奖城市为:多个城市在会上发言。";
        Event a = ofType(run(text, "2023-09-06"), EventType.AWARD).get(0);
        assertTrue(a.recipients() == null || a.recipients().isEmpty(), String.valueOf(a.recipients()));
    }

    @Test
    void signingTakesThePlaceACeremonyIsSaidToBeHeldInAfterTheVerb() {
        String text = "10日,杭州市与汉堡市签署友好合作备忘录,签约仪式在汉堡市举行。";
        Event e = ofType(run(text, "2023-05-11"), EventType.SIGNING).get(0);
        assertEquals("汉堡", e.location());
    }

    @Test
    void signingDuringAVisitTakesThePlaceVisited() {
        String text = "6月3日,武汉市代表团访问里昂市期间,武汉市与里昂市签署了经贸合作备忘录。";
        Event e = ofType(run(text, "2023-06-05"), EventType.SIGNING).get(0);
        assertEquals("里昂", e.location());
    }

    @Test
    void aCitysListOfSisterCitiesAfter包括GivesEveryPair() {
        Set<String> p = pairs(run("目前,杭州市的友好城市包括法国尼斯市、日本岐阜市、美国波士顿市。", "2023-05-11"));
        assertTrue(p.stream().anyMatch(x -> x.contains("杭州") && x.contains("尼斯")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.contains("杭州") && x.contains("岐阜")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.contains("杭州") && x.contains("波士顿")), p.toString());
    }

    @Test
    void 结好WithAYearGivesTheRelationAndItsYear() {
        Set<String> p = pairs(run("武汉市与法国波尔多市于1998年结好,此后交流不断。", "2023-05-11"));
        assertTrue(p.stream().anyMatch(x -> x.contains("武汉") && x.contains("波尔多") && x.endsWith("@1998")), p.toString());
    }

    @Test
    void pairsListedForASigningAreNotReadAsOneCitysSisterCities() {
        Set<String> p = pairs(run("会上,杭州市与尼斯市、武汉市与波尔多市签署了经贸合作协议。", "2023-05-11"));
        assertTrue(p.stream().noneMatch(x -> x.contains("杭州") && x.contains("武汉")), p.toString());
    }

    @Test
    void unquotedSubForumsClosedByACountAreTopics() {
        String text = "12日,2023杭州国际友城论坛在杭州举行。论坛举办了智慧城市建设、绿色低碳发展、文化旅游合作三场分论坛。";
        Event f = ofType(run(text, "2023-05-13"), EventType.FORUM).get(0);
        assertEquals(List.of("智慧城市建设", "绿色低碳发展", "文化旅游合作"), f.topics());
    }

    @Test
    void topicsListedAfter议题包括() {
        String text = "12日,2023杭州国际友城论坛在杭州举行。论坛议题包括“数字经济合作”和“青年人文交流”。";
        Event f = ofType(run(text, "2023-05-13"), EventType.FORUM).get(0);
        assertEquals(List.of("数字经济合作", "青年人文交流"), f.topics());
    }

    @Test
    void hostsListedAfterA主办单位LabelAreOrganizers() {
        String text = "12日,2023杭州国际友城论坛在杭州举行。本届论坛主办单位为中国人民对外友好协会和杭州市人民政府。";
        Event f = ofType(run(text, "2023-05-13"), EventType.FORUM).get(0);
        assertTrue(f.organizers() != null && f.organizers().contains("中国人民对外友好协会"), String.valueOf(f.organizers()));
    }

    @Test
    void recipientsOfAnAwardReferredToWithoutItsNameAreItsRecipients() {
        String text = "大会设立了“友城合作贡献奖”。会上,烟台市、威海市获此殊荣。";
        Event a = ofType(run(text, "2023-09-06"), EventType.AWARD).get(0);
        assertEquals(List.of("烟台", "威海"), bare(a.recipients()));
    }

    @Test
    void theBodyThatSetUpAnAwardIsItsGiver() {
        String text = "会上,烟台市、威海市荣获中国人民对外友好协会设立的“友城合作贡献奖”。";
        Event a = ofType(run(text, "2023-09-06"), EventType.AWARD).get(0);
        assertEquals(List.of("中国人民对外友好协会"), a.giver());
    }

    @Test
    void anHonorificAfterTheRecipientDoesNotHideIt() {
        String text = "8日,杭州市举行仪式,授予王建国先生“荣誉市民”称号。";
        Event a = ofType(run(text, "2021-05-09"), EventType.AWARD).get(0);
        assertTrue(a.recipients() != null && a.recipients().stream().anyMatch(r -> r.equals("王建国")), String.valueOf(a.recipients()));
    }

    // Taiwan / Hong Kong / Macau constructions (made-up sentences in Traditional script, normalised as the pipeline does)
    private static EventExtractor.Result runTraditional(String text, String published) {
        String simplified = new dev.newsie.normalize.TextNormalizer(dev.newsie.canon.RegionalPhraseTable.shared())
                .normalize(dev.newsie.text.TrackedText.identity(text)).text().text();
        return run(simplified, published);
    }

    @Test
    void taiwanFriendshipCitySigningWithBracketedDayIsASisterCitySigning() {
        EventExtractor.Result r = runTraditional("（中央社記者陳小美台南11日電）台南市今（11）日與日本仙台市締結友誼市，"
                + "台南市長黃大明與仙台市長郡美子簽下友誼市協定。", "2024-10-12");
        List<Event> ss = ofType(r, EventType.SIGNING);
        assertTrue(ss.stream().anyMatch(e -> e.parties().containsAll(List.of("台南", "仙台"))
                && "SISTER_CITY".equals(e.agreement()) && "2024-10-11".equals(e.date())), ss.toString());
        assertTrue(ss.stream().noneMatch(e -> e.signatories() != null && e.signatories().contains("陈小美")), ss.toString());
    }

    @Test
    void taiwanAllianceAnniversaryInChineseNumeralsGivesTheYearItBegan() {
        EventExtractor.Result r = runTraditional("台南與日本仙台締盟二十週年，兩市將擴大交流。", "2026-01-20");
        assertTrue(pairs(r).contains("仙台-台南@2006"), pairs(r).toString());
    }

    @Test
    void taiwanEraDateOfAPastSigning() {
        EventExtractor.Result r = runTraditional("高雄市與美國西雅圖市於民國98年10月27日締結姊妹市。", "2019-10-27");
        assertTrue(ofType(r, EventType.SIGNING).stream().anyMatch(e -> "2009-10-27".equals(e.date())), r.events().toString());
    }

    @Test
    void forumThatTakesTheStageIsHeld() {
        EventExtractor.Result r = runTraditional("2023亞太城市高峰會今（15）日在高雄登場，來自20個國家的代表與會。", "2023-10-15");
        List<Event> fs = ofType(r, EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("2023-10-15", fs.get(0).date());
    }

    @Test
    void aTwinningDocumentNamed盟约书KeepsItsWholeName() {
        String text = "标题\n宜兰县礁溪乡与日本秋田县大馆市今天缔结为姐妹市，礁溪乡长林大同与大馆市长佐藤一夫分别签署姐妹市盟约书。";
        List<Event> ss = ofType(run(text, "2022-04-12"), EventType.SIGNING);
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("姐妹市盟约书", ss.get(0).title());
    }

    @Test
    void aCountysHonoraryResidentCertificateIsAnAward() {
        String text = "标题\n县长王大同今天颁发“苗栗县荣誉县民证书”给美国俄勒冈州议员詹姆斯·史密斯，感谢他推动交流。";
        List<Event> as = ofType(run(text, "2024-06-03"), EventType.AWARD);
        assertEquals(1, as.size(), as.toString());
        assertEquals("苗栗县荣誉县民证书", as.get(0).award());
    }
}
