package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.nlp.Analysis;
import dev.newsie.nlp.BackendMention;
import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences, none from the corpus, for each name pattern, alias, typing rule and the merge policy. */
class EntityRecognizerTest {
    private static EntityRecognizer recognizer;
    private static final HanLpBackend hanlp = new HanLpBackend();

    @BeforeAll
    static void load() {
        recognizer = EntityRecognizer.load(CanonicalNames.load());
    }

    private static List<Entity> entities(String text) {
        return recognizer.recognize(text, hanlp.analyse(text), Analysis.EMPTY);
    }

    private static Set<String> keys(String text) {
        return entities(text).stream().map(e -> e.type() + " " + e.name()).collect(Collectors.toSet());
    }

    @Test
    void countryThenUnlistedNameAndSuffixIsACityInThatCountry() {
        List<Entity> es = entities("代表团访问了葡萄牙布拉干萨市,受到热情接待。");
        Entity city = es.stream().filter(e -> e.name().equals("布拉干萨")).findFirst().orElseThrow();
        assertEquals(EntityType.CITY, city.type());
        assertEquals("葡萄牙", city.country());
        assertTrue(keys("代表团访问了葡萄牙布拉干萨市,受到热情接待。").contains("COUNTRY 葡萄牙"));
    }

    @Test
    void thePolitburoBeforeAnOfficialsTitleIsTheBodyNotTheCentralCommittee() {
        // 中共中央政治局委员: the title names the Politburo, a body of its own, not the Central Committee it belongs to
        Set<String> k = keys("中共中央政治局委员、某省委书记张某出席开幕式并致辞。");
        assertTrue(k.contains("ORGANIZATION 中共中央政治局"), k.toString());
        assertFalse(k.contains("ORGANIZATION 中共中央"), k.toString());
    }

    @Test
    void koreanGovernorsAssociationIsNamedAsChineseReportsWriteIt() {
        // the association's usual Chinese name (韩国市道知事协议会), not a longer form the report never writes
        Set<String> k = keys("会议期间，代表团会见了韩国市道知事协议会负责人。");
        assertTrue(k.contains("ORGANIZATION 韩国市道知事协议会"), k.toString());
        assertTrue(k.stream().noneMatch(e -> e.contains("全国")), k.toString());
    }

    @Test
    void chainOfProvinceAndCityAbroadIsTypedBySuffix() {
        Set<String> k = keys("秘鲁阿雷基帕大区卡马纳省与中国湖南省株洲市签署协议。");
        assertTrue(k.contains("PROVINCE 阿雷基帕"), k.toString());
        assertTrue(k.contains("PROVINCE 卡马纳"), k.toString());
        assertTrue(k.contains("PROVINCE 湖南"), k.toString());
        assertTrue(k.contains("CITY 株洲"), k.toString());
    }

    @Test
    void japaneseKenIsAProvinceButChineseXianIsACity() {
        Set<String> k = keys("日本富山县知事与云南省大理州宾川县县长会面。");
        assertTrue(k.contains("PROVINCE 富山"), k.toString());
        assertTrue(k.contains("CITY 宾川"), k.toString());
    }

    @Test
    void usStateIsAProvince() {
        assertTrue(keys("美国得克萨斯州州长出席了活动。").contains("PROVINCE 得克萨斯"));
    }

    @Test
    void aliasesResolveToTheirCity() {
        Set<String> k = keys("来自五大洲的嘉宾齐聚申城,共商合作。");
        assertTrue(k.contains("CITY 上海"), k.toString());
        assertTrue(keys("驻穗领事官员出席了开幕式。").contains("CITY 广州"));
    }

    @Test
    void regionalNamesComeOutInMainlandForm() {
        // The normaliser has already turned 南韓 into 韩国; the canonical name is the mainland one.
        assertTrue(keys("韩国全罗南道木浦市代表参加了会议。").contains("COUNTRY 韩国"));
    }

    @Test
    void placesInsideOrganisationNamesAreNotEntities() {
        Set<String> k = keys("杭州市人民政府办公厅发布了通知。");
        assertTrue(k.contains("ORGANIZATION 杭州市人民政府办公厅"), k.toString());
        assertFalse(k.contains("CITY 杭州"), k.toString());
    }

    @Test
    void interpunctNamesAfterTitlesArePeople() {
        Set<String> k = keys("葡萄牙波尔图市市长鲁伊·莫雷拉表示,两市合作前景广阔。");
        assertTrue(k.contains("PERSON 鲁伊·莫雷拉"), k.toString());
        assertTrue(k.contains("CITY 波尔图"), k.toString());
    }

    @Test
    void chineseNamesAfterTitlesAndNameLists() {
        Set<String> k = keys("杭州市副市长王立新出席。市领导李明华、陈晓东参加活动。");
        assertTrue(k.contains("PERSON 王立新"), k.toString());
        assertTrue(k.contains("PERSON 李明华"), k.toString());
        assertTrue(k.contains("PERSON 陈晓东"), k.toString());
    }

    @Test
    void bylineNamesNeedNoListedFamilyName() {
        Set<String> k = keys("(记者邝丽芬、丁思雨)");
        assertTrue(k.contains("PERSON 邝丽芬"), k.toString());
        assertTrue(k.contains("PERSON 丁思雨"), k.toString());
    }

    @Test
    void laterMentionOfPartOfAForeignNameIsTheSamePerson() {
        List<Entity> es = entities("市长鲁伊·莫雷拉致辞。莫雷拉说,两市友谊深厚。");
        Entity p = es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertEquals("鲁伊·莫雷拉", p.name());
        assertEquals(2, p.mentions().size());
        assertEquals(1, es.stream().filter(e -> e.type() == EntityType.PERSON).count());
    }

    @Test
    void bareNameTakesTheTypeItsSuffixedMentionGives() {
        List<Entity> es = entities("巴西巴拉那州代表团来访。巴拉那与本省合作密切。");
        assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.PROVINCE && e.name().equals("巴拉那")));
        assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.CITY && e.name().equals("巴拉那")));
    }

    @Test
    void commonWordsBeforeASuffixAreNoPlace() {
        Set<String> k = keys("上海国际友好城市合作交流活动在浦东举行。");
        assertFalse(k.stream().anyMatch(x -> x.contains("国际友好城")), k.toString());
    }

    @Test
    void genericOrganisationPhrasesAreNotEntities() {
        Set<String> k = keys("中外地方政府和国际组织代表出席。");
        assertFalse(k.stream().anyMatch(x -> x.startsWith("ORGANIZATION")), k.toString());
    }

    @Test
    void backendMentionsAreAdmittedOnlyWithTheShapeOfTheirType() {
        String text = "参观者齐聚会场,张建华作了报告。";
        Analysis backend = new Analysis(List.of(), List.of(
                new BackendMention(0, 3, "参观者", EntityType.PERSON, "nr"),
                new BackendMention(3, 5, "齐聚", EntityType.PERSON, "nr"),
                new BackendMention(9, 12, "张建华", EntityType.PERSON, "nr"),
                new BackendMention(5, 7, "会场", EntityType.CITY, "ns")));
        Set<String> k = recognizer.recognize(text, hanlp.analyse(text), backend).stream()
                .map(e -> e.type() + " " + e.name()).collect(Collectors.toSet());
        assertEquals(Set.of("PERSON 张建华"), k);
    }

    @Test
    void aBackendBodyEndingIn代表AndABareBodyIsAPersonActingForIt() {
        String text = "签署仪式由嘉义市议会议长邱美玲与汤泽市议会议长大森洋代表议会签署。";
        int at = text.indexOf("森洋代表议会");
        Analysis backend = new Analysis(List.of(), List.of(
                new BackendMention(at, at + 6, "森洋代表议会", EntityType.ORGANIZATION, "nt")));
        Set<String> k = recognizer.recognize(text, hanlp.analyse(text), backend).stream()
                .map(e -> e.type() + " " + e.name()).collect(Collectors.toSet());
        assertTrue(k.stream().noneMatch(n -> n.contains("代表议会")), k.toString());
    }

    @Test
    void unlistedTransliteratedNameBeforeASuffixIsAForeignPlace() {
        Set<String> k = keys("代表团访问了卡迪夫市和斯旺西市。");
        assertTrue(k.contains("CITY 卡迪夫"), k.toString());
        assertTrue(k.contains("CITY 斯旺西"), k.toString());
    }

    @Test
    void capitalLinkKeepsTheChainAndItsCountry() {
        Entity city = entities("英国威尔士首府卡迪夫市").stream().filter(e -> e.name().equals("卡迪夫")).findFirst().orElseThrow();
        assertEquals("英国", city.country());
    }

    @Test
    void organisationNameEndsAtItsHeadNounInsideALongerSegment() {
        Set<String> k = keys("宁波市人民对外友好协会代表团抵达大阪。");
        assertTrue(k.contains("ORGANIZATION 宁波市人民对外友好协会"), k.toString());
    }

    @Test
    void nameAsSubjectOfASpeechVerbIsAPersonButPronounsAndGroupsAreNot() {
        Set<String> k = keys("会上,刘建强指出,两市合作潜力巨大。双方表示满意。他说很好。");
        assertTrue(k.contains("PERSON 刘建强"), k.toString());
        assertEquals(1, k.stream().filter(x -> x.startsWith("PERSON")).count(), k.toString());
    }

    @Test
    void givenNamesMayHoldCharactersThatAlsoStartVerbs() {
        Set<String> k = keys("副市长张新出席。秘书长王会明主持会议。");
        assertTrue(k.contains("PERSON 张新"), k.toString());
        assertTrue(k.contains("PERSON 王会明"), k.toString());
    }

    @Test
    void officialOfAForeignCityMayHaveAHanCharacterName() {
        Set<String> k = keys("日本京都市副市长山本太郎介绍了经验。");
        assertTrue(k.contains("PERSON 山本太郎"), k.toString());
    }

    @Test
    void interpunctNameWithACitySuffixIsACityOfThePrecedingCountry() {
        Entity city = entities("马里塞古·库利科罗市代表出席。").stream().filter(e -> e.type() == EntityType.CITY).findFirst().orElseThrow();
        assertEquals("塞古·库利科罗", city.name());
        assertEquals("马里", city.country());
    }

    @Test
    void bareCountyNameIsACityWhereTheSegmenterReadsAPlaceButNotInsideATitle() {
        assertTrue(keys("代表团参观了位于浦东的展馆。").contains("CITY 浦东"));
        assertFalse(keys("市长安东尼奥发表讲话。").contains("CITY 长安"));
    }

    @Test
    void nameBesideATitleIsTakenFromTheSegmenterWhereNoVerbEndsIt() {
        Set<String> k = keys("杭州市市长周建国手里拿着证书。");
        assertTrue(k.contains("PERSON 周建国"), k.toString());
    }

    @Test
    void bracketedReportersAfterTheDatelineArePeople() {
        Set<String> k = keys("新华社北京5月1日电 (王晓东 刘海燕)今天举行了友好城市座谈会。");
        assertTrue(k.contains("PERSON 王晓东"), k.toString());
        assertTrue(k.contains("PERSON 刘海燕"), k.toString());
    }

    @Test
    void foreignNameWithAFullStopEndsBeforeTheVerb() {
        Set<String> k = keys("副市长约翰.史密斯坚信合作前景广阔。");
        assertTrue(k.contains("PERSON 约翰·史密斯"), k.toString());
    }

    @Test
    void bureauHeadsTitleNamesTheBureau() {
        Set<String> k = keys("协议由杭州市交通局长王建国签署。");
        assertTrue(k.contains("ORGANIZATION 杭州市交通局"), k.toString());
    }

    @Test
    void organisationNameStartsAfterTheVerbRepresent() {
        Set<String> k = keys("会上,王建国代表杭州市委致辞。");
        assertTrue(k.contains("ORGANIZATION 杭州市委"), k.toString());
        assertFalse(k.stream().anyMatch(e -> e.contains("代表")), k.toString());
    }

    @Test
    void countryStaysInANameWhenNoPlaceFollowsIt() {
        Set<String> k = keys("中国市长协会派员参会。");
        assertTrue(k.contains("ORGANIZATION 中国市长协会"), k.toString());
    }

    @Test
    void bareReferenceIsNamedAfterTheArticlesCity() {
        Set<String> k = keys("杭州市举行表彰仪式。市委副书记出席,市政府有关部门负责人参加。");
        assertTrue(k.contains("ORGANIZATION 杭州市委"), k.toString());
        assertTrue(k.contains("ORGANIZATION 杭州市政府"), k.toString());
    }

    @Test
    void foreignNameThatTheSegmenterReadsInsideALongerWordIsNoPlace() {
        Set<String> k = keys("该市是越南第三大城市。");
        assertFalse(k.contains("CITY 大城"), k.toString());
    }

    @Test
    void nameClosingACountedGroupIsAPerson() {
        Set<String> k = keys("市政府授予周建华等12人荣誉称号。");
        assertTrue(k.contains("PERSON 周建华"), k.toString());
    }

    @Test
    void bodyNamedAfterAListedOrganisationIncludesIt() {
        Set<String> k = keys("上合组织青年交流合作委员会在会上发言。");
        assertTrue(k.contains("ORGANIZATION 上合组织青年交流合作委员会"), k.toString());
    }

    @Test
    void associationNamedAfterTwoCountriesKeepsBothAbbreviations() {
        Set<String> k = keys("老中友好协会会长出席活动。");
        assertTrue(k.contains("ORGANIZATION 老中友好协会"), k.toString());
        assertFalse(k.contains("COUNTRY 老挝"), k.toString());
    }

    @Test
    void threeCharacterNameBeforeAnOfficialsActIsAPersonButACountIsNot() {
        assertTrue(keys("会议由周建华主持。").contains("PERSON 周建华"));
        assertFalse(keys("共有500余人出席。").stream().anyMatch(k -> k.startsWith("PERSON")));
    }

    @Test
    void stationedInBeforeACityIsNoPartOfAnUnlistedPlace() {
        Set<String> k = keys("新西兰驻广州总领事出席了活动。");
        assertTrue(k.contains("CITY 广州"), k.toString());
        assertFalse(k.stream().anyMatch(e -> e.contains("驻")), k.toString());
    }

    @Test
    void roleNounBetweenPlaceAndInterpunctNameIsNotPartOfTheName() {
        Set<String> k = keys("市长向加拿大友人彼得·怀特颁发了证书。");
        assertTrue(k.contains("PERSON 彼得·怀特"), k.toString());
    }

    @Test
    void hospitalsAreOrganizationsButMuseumsAreVenues() {
        Set<String> k = keys("湖北省人民医院与武汉博物馆签署了合作协议。");
        assertTrue(k.contains("ORGANIZATION 湖北省人民医院"), k.toString());
        assertFalse(k.contains("ORGANIZATION 武汉博物馆"), k.toString());
    }

    @Test
    void koreanMetropolitanCitySuffixIsACity() {
        Set<String> k = keys("韩国大田广域市代表团来访。");
        assertTrue(k.contains("CITY 大田"), k.toString());
    }

    @Test
    void japaneseNameAfterCountryMissionAndTitleNeedsNoChineseFamilyName() {
        Set<String> k = keys("日本驻华大使山本一郎出席了招待会。");
        assertTrue(k.contains("PERSON 山本一郎"), k.toString());
    }

    @Test
    void collectiveBureauTermsAndChiefMinisterNameNoOrganization() {
        Set<String> k = keys("沙巴州首席部长与宜兰县局处首长举行会谈。");
        assertFalse(k.stream().anyMatch(e -> e.startsWith("ORGANIZATION")), k.toString());
    }

    @Test
    void aThreeCharacterNameEndsBeforeTodayOrYesterday() {
        // Taiwan press: 縣長林美華今天與…, 市長王大同昨（2）日…
        assertTrue(keys("宜兰县长林美华今天与美国塔拉丁市市长签署备忘录。").contains("PERSON 林美华"));
        assertTrue(keys("高雄市长王大同昨日(2日)访问西雅图。").contains("PERSON 王大同"));
    }

    @Test
    void taiwanAndMacauTitlesAndBodies() {
        Set<String> k = keys("南投市公所今天与日本栗原市签约，栗原市町长佐藤一郎与立法委员陈大文出席。");
        assertTrue(k.contains("ORGANIZATION 南投市公所"), k.toString());
        assertTrue(k.contains("PERSON 陈大文"), k.toString());
        assertTrue(keys("澳门民政总署主席李明光出席。").contains("ORGANIZATION 澳门民政总署"));
    }

    @Test
    void foreignNewsAgencyInAnAttributionIsAnOrganisation() {
        assertTrue(keys("据法新社报道，双方表示欢迎。").contains("ORGANIZATION 法新社"));
    }

    @Test
    void departmentOfAMinistrySwallowsThePlaceInsideIt() {
        Set<String> k = keys("外交部亚东太平洋司负责人出席。");
        assertTrue(k.contains("ORGANIZATION 外交部亚东太平洋司"), k.toString());
        assertTrue(k.stream().noneMatch(x -> x.equals("CITY 亚东")), k.toString());
    }

    @Test
    void broadcasterWhoseNameHoldsAVerbIsAnOrganisation() {
        assertTrue(keys("日本放送协会记者到场采访。").contains("ORGANIZATION 日本放送协会"));
    }

    @Test
    void familyNameWithTitleAfterTheFullNameIsThatPerson() {
        Set<String> k = keys("日本某市议长村田健一出席。村田议长表示，欢迎来访。");
        assertTrue(k.contains("PERSON 村田健一"), k.toString());
        assertFalse(k.contains("PERSON 村田"), k.toString());
    }

    @Test
    void truncatedPartOfAnInterpunctNameIsThatPerson() {
        Set<String> k = keys("大使乔治·帕帕佐普洛斯出席。帕帕佐普洛斯大使表示，愿加强合作。");
        assertTrue(k.contains("PERSON 乔治·帕帕佐普洛斯"), k.toString());
        assertFalse(k.stream().anyMatch(e -> e.startsWith("PERSON") && !e.contains("乔治")), k.toString());
    }

    @Test
    void bareLevelBeforeABureauIsTheArticlesCity() {
        Set<String> k = keys("烟台市举行推介会。市商务局局长出席。");
        assertTrue(k.contains("ORGANIZATION 烟台市商务局"), k.toString());
    }

    @Test
    void listedBareBodyReadAsOneWordIsQualifiedAfterAnyCharacter() {
        Set<String> k = keys("河北省举行招待会。来宾感谢省友协的接待。");
        assertTrue(k.contains("ORGANIZATION 河北省人民对外友好协会"), k.toString());
        assertFalse(k.contains("ORGANIZATION 省友协"), k.toString());
    }

    @Test
    void governmentClosesNoPlaceName() {
        Set<String> k = keys("德国地方政府联合会代表出席。");
        assertTrue(k.contains("ORGANIZATION 德国地方政府联合会"), k.toString());
        assertFalse(k.stream().anyMatch(e -> e.startsWith("PROVINCE")), k.toString());
    }

    @Test
    void taiwanClippedCityGovernmentIsNamedInFull() {
        Set<String> k = keys("新竹市长表示，市府将扩大交流。");
        assertTrue(k.contains("ORGANIZATION 新竹市政府"), k.toString());
    }

    @Test
    void shortFormOfForeignAffairsOfficeIsQualified() {
        Set<String> k = keys("扬州市举行招待会。市外事办主任出席。");
        assertTrue(k.contains("ORGANIZATION 扬州市外事办"), k.toString());
    }

    @Test
    void aNameAndConjunctionInsideABodysTokenAreSomeoneElses() {
        Set<String> k = keys("青河市市长郑晓峰和白水县委书记出席。");
        assertTrue(k.stream().noneMatch(x -> x.startsWith("ORGANIZATION") && x.contains("郑晓峰")), k.toString());
    }

    @Test
    void aBodyStartsWhereThePlaceItIsNamedForStarts() {
        // the segmenter reads 庆 (celebrate) alone and 尚北道政府 as a body: the place opens the body's name
        Set<String> k = keys("在2003年庆尚北道政府与新北市政府签订的备忘录基础上,两会再签协议。");
        assertTrue(k.contains("ORGANIZATION 庆尚北道政府"), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.equals("ORGANIZATION 尚北道政府")), k.toString());
    }

    @Test
    void bareHeadAfterAJoinedNameNamesNothing() {
        Set<String> k = keys("与处长李大同及办事处同仁座谈。");
        assertFalse(k.contains("ORGANIZATION 办事处"), k.toString());
    }

    @Test
    void taiwansYuanAndCouncilsAreListedBodies() {
        Set<String> k = keys("草案于5日送立法院审议,侨委会也表示支持。");
        assertTrue(k.contains("ORGANIZATION 立法院"), k.toString());
        assertTrue(k.contains("ORGANIZATION 侨务委员会"), k.toString());
    }

    @Test
    void universityNamedAgainWithoutItsStatusWordIsTheSameBody() {
        Set<String> k = keys("国立金华科技大学与青河公司签约。1990年创校的金华科技大学历史悠久。");
        assertTrue(k.contains("ORGANIZATION 国立金华科技大学"), k.toString());
        assertFalse(k.contains("ORGANIZATION 金华科技大学"), k.toString());
    }

    @Test
    void nameGivenToAPersonIsNoCityWhereItStandsAlone() {
        Set<String> k = keys("外交部长李明哲款待议长门多萨(Carlos Mendoza)。门多萨表示,此行意义重大。");
        assertTrue(k.contains("PERSON 门多萨"), k.toString());
        assertFalse(k.contains("CITY 门多萨"), k.toString());
    }

    @Test
    void aRegionsNameRunningIntoANounIsNoCountryAndACountedGroupIsNoPlace() {
        Set<String> k = keys("中国与拉美国家多位省市长出席论坛。");
        assertFalse(k.contains("COUNTRY 美国"), k.toString());
        assertTrue(k.stream().noneMatch(x -> x.startsWith("PROVINCE")), k.toString());
        assertTrue(keys("美国与拉美国家的合作").contains("COUNTRY 美国"));
    }

    @Test
    void aNameBeforeAMinistersTitleIsAPersonNotABody() {
        Set<String> k = keys("两市情谊可追溯至郑建国部长担任青河市长时期。");
        assertTrue(k.contains("PERSON 郑建国"), k.toString());
        assertTrue(k.stream().noneMatch(x -> x.startsWith("ORGANIZATION 郑建国")), k.toString());
    }

    @Test
    void aBareCouncilAfterTheStaffAMayorLeadsIsTheCitysCouncil() {
        Set<String> k = keys("签约仪式在青河市公所举行,青河市长郑建国率各课室主管与市民代表会主席孔红梅出席。");
        assertTrue(k.contains("ORGANIZATION 青河市民代表会"), k.toString());
        assertTrue(k.stream().noneMatch(x -> x.startsWith("ORGANIZATION 郑建国")), k.toString());
        Set<String> joined = keys("签约仪式在青河市公所举行,青河市长郑建国率各课室主管偕市民代表会主席孔红梅出席。");
        assertTrue(joined.contains("ORGANIZATION 青河市民代表会"), joined.toString());
    }

    @Test
    void aListsLastItemEndingIn城市IsNoPlace() {
        Set<String> k = keys("2024年5月10日,济宁市举行友城活动。横滨、大邱、奈良等济宁市友好城市的代表出席。");
        assertTrue(k.stream().noneMatch(x -> x.endsWith("友好城")), k.toString());
    }

    @Test
    void aLongTransliterationAfterACountryIsACountyWhateverWordsTheSegmenterReadsInIt() {
        assertTrue(keys("青州市与美国圣克拉拉郡自1991年结为友好城市。").contains("CITY 圣克拉拉"));
    }

    @Test
    void aTaiwanMinistryNamedBareOrByItsHeadsTitleIsABody() {
        Set<String> k = keys("经济部长林大明今天接见日本访问团。农业部表示,将持续推动两地交流。");
        assertTrue(k.contains("ORGANIZATION 经济部"), k.toString());
        assertTrue(k.contains("ORGANIZATION 农业部"), k.toString());
        assertTrue(k.contains("PERSON 林大明"), k.toString());
    }

    @Test
    void aSecretariatOfAnSarGovernmentNamedByItsHeadsTitleIsABody() {
        Set<String> k = keys("行政长官代表、社会文化司司长陈美华在开幕式上致辞。");
        assertTrue(k.contains("ORGANIZATION 社会文化司"), k.toString());
        assertTrue(k.contains("PERSON 陈美华"), k.toString());
    }

    @Test
    void aBodyNeverOpensWithANameAndTheTitleWrittenAfterIt() {
        Set<String> found = keys("他希望方大雄会长组织青松华商会的企业家们去英国。");
        assertTrue(found.contains("PERSON 方大雄"), found::toString);
        assertFalse(found.stream().anyMatch(k -> k.startsWith("ORGANIZATION 方大雄")), found::toString);
        Set<String> addressed = keys("白鹤总商会会长林国栋先生及商会驻福州代表一行到访。");
        assertFalse(addressed.stream().anyMatch(k -> k.startsWith("ORGANIZATION 林国栋")), addressed::toString);
    }

    @Test
    void aVietnameseNameOfFourCharactersAfterTheCountryAndACallingIsAPerson() {
        Set<String> k = keys("荣获证书的越南公民 阮氏春兰:“我感到非常荣幸。”");
        assertTrue(k.contains("PERSON 阮氏春兰"), k.toString());
        assertFalse(keys("越南公民阮氏春兰花园开放。").contains("PERSON 阮氏春兰花园"));
    }

    @Test
    void aPlaceOpeningAPortsNameIsNoPlaceNorAPersonReadOverIt() {
        String text = "甲市港口集团与罗马港签署友好港协议,罗马自治港代表出席。";
        int a = text.indexOf("罗马港");
        Analysis backend = new Analysis(List.of(), List.of(new BackendMention(a, a + 2, "罗马", EntityType.PERSON, "nr")));
        Set<String> keys = recognizer.recognize(text, hanlp.analyse(text), backend).stream()
                .map(e -> e.type() + " " + e.name()).collect(Collectors.toSet());
        assertFalse(keys.contains("CITY 罗马"), keys.toString());
        assertFalse(keys.contains("PERSON 罗马"), keys.toString());
        assertTrue(keys("代表团访问罗马,参观了港口。").contains("CITY 罗马"));
    }

    @Test
    void theBackendsBodyOpeningWithAWordOfHoldingOfficeIsNamedWithoutIt() {
        Set<String> k = keys("会长兼松岭县农业技术协会秘书长王小川致辞。"); // the segmenter reads 兼松岭县农业技术协会 as one body
        assertTrue(k.contains("ORGANIZATION 松岭县农业技术协会"), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.startsWith("ORGANIZATION 兼")), k.toString());
    }
}
