package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences for the place constructions of the genre: chains, suffixes, friend-city links. */
class PlaceRecognizerTest {
    private static PlaceRecognizer places;
    private static final HanLpBackend hanlp = new HanLpBackend();

    @BeforeAll
    static void load() {
        PlaceSuffixRules suffixes = PlaceSuffixRules.load();
        places = new PlaceRecognizer(Gazetteer.load(suffixes), suffixes, PersonRecognizer.load().transliterationCharacters());
    }

    private static Set<String> keys(String text) {
        return places.recognize(text, hanlp.analyse(text).tokens()).stream()
                .map(c -> c.type() + " " + c.name()).collect(Collectors.toSet());
    }

    @Test
    void aDotWithAHanCharacterBeyondItIsAnInterpunctAFullStopIsNot() {
        assertTrue(PlaceRecognizer.touchesInterpunct("约翰.甲乙丙会见", 3, 6));
        assertTrue(PlaceRecognizer.touchesInterpunct("甲乙丙?史密斯", 0, 3));
        assertFalse(PlaceRecognizer.touchesInterpunct("代表团访问甲乙丙. Next", 5, 8));
        assertFalse(PlaceRecognizer.touchesInterpunct("他去过甲乙丙?", 3, 6));
        assertFalse(PlaceRecognizer.touchesInterpunct("No.甲乙丙", 3, 6));
    }

    @Test
    void aCountyOpeningWithASuffixCharacterIsNotGluedToTheProvinceBeforeIt() {
        Set<String> k = keys("江苏镇江市、贵州都匀市和陕西府谷县的代表参加了交流会。");
        assertTrue(k.containsAll(Set.of("PROVINCE 江苏", "CITY 镇江", "CITY 都匀", "CITY 府谷", "PROVINCE 贵州")), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.equals("CITY 江苏") || n.equals("CITY 贵州")), k.toString());
    }

    @Test
    void friendCityLinkBetweenPlacesIsNoPartOfTheNextName() {
        Set<String> k = keys("湖北省友城美国俄亥俄州、青岛市友城韩国大邱市代表出席。");
        assertTrue(k.contains("CITY 大邱"), k.toString());
        assertTrue(k.contains("PROVINCE 俄亥俄"), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.contains("友城")), k.toString());
    }

    @Test
    void anAbbreviationCueBeforeACommonNounNamesNoPlace() {
        Set<String> k = keys("两市在港口与文化领域交流密切，代表团在沪期间参观。");
        assertTrue(k.stream().noneMatch(n -> n.contains("香港")), k.toString());
        assertTrue(k.contains("CITY 上海"), k.toString());
    }

    @Test
    void aSisterCountyIsNoPlaceNamed姊妹() {
        Set<String> k = keys("金门县与美国俄亥俄州富兰克林郡缔结姊妹县。");
        assertTrue(k.stream().noneMatch(n -> n.contains("姊妹")), k.toString());
        assertTrue(k.contains("CITY 金门"), k.toString());
    }

    @Test
    void placeAfterFriendLinkWithoutCountryIsNotTakenForAChinesePlace() {
        Set<String> k = keys("斐济友城劳托卡市代表发言。");
        assertTrue(k.contains("CITY 劳托卡"), k.toString());
    }

    @Test
    void japaneseTownAndTaiwaneseTownshipKeepTheirSuffix() {
        Set<String> k = keys("日本长野县松川町与台湾宜兰县五结乡结为姊妹乡。");
        assertTrue(k.contains("CITY 松川町"), k.toString());
        assertTrue(k.contains("CITY 五结乡"), k.toString());
    }

    @Test
    void listedJapaneseTownNamedWithoutItsPrefectureIsACityOfJapan() {
        Set<String> k = keys("甲市代表团与小布施町签署友好交流协定。");
        assertTrue(k.contains("CITY 小布施町"), k.toString());
    }

    @Test
    void aJapaneseCityWithATwoCharacterNameIsFoundByItsFullName() {
        Set<String> k = keys("甲乡代表团前往人吉市友好交流，并与读谷村签署协定。");
        assertTrue(k.contains("CITY 人吉"), k.toString());
        assertTrue(k.contains("CITY 读谷村"), k.toString());
    }

    @Test
    void aShortJapaneseCityWhoseSuffixBeginsAWordIsNoPlace() {
        Set<String> k = keys("北上市场需求旺盛，交易活跃。");
        assertTrue(k.stream().noneMatch(n -> n.contains("北上")), k.toString());
    }

    @Test
    void aNameOfACityAndAProvinceListedAmongProvincesIsTheProvince() {
        Set<String> k = keys("获奖的有甘肃和海南，甲乙两市也在其列。");
        assertTrue(k.contains("PROVINCE 海南"), k.toString());
        assertTrue(keys("天津、吉林等2个省、直辖市获奖。").contains("PROVINCE 吉林"));
        assertTrue(keys("鹿儿岛、山口、冲绳等地交流不断扩大。").contains("PROVINCE 鹿儿岛"));
    }

    @Test
    void aNameOfACityAndAProvinceRightBeforeACityOpensTheChain() {
        Set<String> k = keys("海南琼海市和吉林四平市的代表参加了座谈。");
        assertTrue(k.containsAll(Set.of("PROVINCE 海南", "PROVINCE 吉林", "CITY 琼海", "CITY 四平")), k.toString());
        assertFalse(k.contains("CITY 海南") || k.contains("CITY 吉林"), k.toString());
    }

    @Test
    void aNameOfACityAndAProvinceListedAmongCitiesStaysTheCity() {
        Set<String> k = keys("长春、吉林等城市代表参加。");
        assertTrue(k.contains("CITY 吉林"), k.toString());
        assertFalse(k.contains("PROVINCE 吉林"), k.toString());
    }

    @Test
    void aTownshipNamedAgainByItsBareNameKeepsItsFullName() {
        Set<String> k = keys("屏东县东港镇代表团抵达。东港与甲市缔盟。");
        assertTrue(k.contains("CITY 东港镇"), k.toString());
        assertFalse(k.contains("CITY 东港"), k.toString());
    }

    @Test
    void anOrdinalOrAWordForCityAfterAPlaceIsNoUnlistedPlace() {
        Set<String> k = keys("甲市是乙市在日本第一座友好市。烟台要建成宜居的滨海大都市。");
        assertTrue(k.stream().noneMatch(n -> n.contains("第一") || n.contains("大都")), k.toString());
    }

    @Test
    void aCityKeyGivenAfterAPlaceIsNoUnlistedCityClosedBy市() {
        Set<String> k = keys("白沙客人到高雄 陈友德赠市钥");
        assertTrue(k.contains("CITY 高雄"), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.contains("赠")), k.toString());
    }

    @Test
    void aRoadAfterAPlaceIsNoUnlistedProvinceClosedBy道() {
        Set<String> k = keys("台南市新化区一条新修道路本周通车,里长们都来剪彩。");
        assertTrue(k.contains("CITY 新化"), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.contains("一条")), k.toString());
    }

    @Test
    void 澳AfterAVerbOfGoingIsAustraliaInAReportThatNamesAustraliaAndNeverMacau() {
        Set<String> k = keys("近年甲县青年纷纷赴澳游学,澳大利亚政府也欢迎。");
        assertTrue(k.stream().noneMatch(n -> n.contains("澳门")), k.toString());
        Set<String> macau = keys("甲县代表团赴澳访问,澳门特区政府与澳大利亚商会接待。");
        assertTrue(macau.contains("PROVINCE 澳门"), macau.toString());
    }

    @Test
    void chinaAndAfricaAbbreviatedIsNoCentralAfricanRepublic() {
        Set<String> k = keys("双方愿共同推动中非友好合作。");
        assertTrue(k.contains("COUNTRY 中国"), k.toString());
        assertFalse(k.contains("COUNTRY 中非"), k.toString());
        assertTrue(keys("甲国、中非、乙国代表出席。").contains("COUNTRY 中非"));
        assertTrue(keys("中非共和国代表团来访。").contains("COUNTRY 中非"));
    }

    @Test
    void townNameReadAcrossATitleAndTheNextWordIsNoPlace() {
        Set<String> k = keys("欢迎町长与町民来访。");
        assertTrue(k.stream().noneMatch(n -> n.contains("町")), k.toString());
    }

    @Test
    void unlistedForeignPlaceBeforeItsMayorsTitleIsACity() {
        Set<String> k = keys("日本北海道余别市长山田一郎致辞。");
        assertTrue(k.contains("CITY 余别"), k.toString());
        assertFalse(keys("浙江省常务副市长出席。").stream().anyMatch(n -> n.startsWith("CITY")), "a Chinese title is no place");
    }

    @Test
    void regionIsNoDistrict() {
        assertTrue(keys("长江三峡区域旅游合作。").stream().noneMatch(n -> n.equals("CITY 三峡")));
    }

    @Test
    void unlistedPlaceFoundInAChainIsFoundAgainWithItsSuffix() {
        String text = "日本东京八王子市代表来访。八王子市市长致辞。";
        long n = places.recognize(text, hanlp.analyse(text).tokens()).stream().filter(c -> c.name().equals("八王子")).count();
        assertTrue(n == 2, "mentions: " + n);
    }

    @Test
    void unlistedPlaceOfThreeCharactersIsFoundBareBeforeOrAfter() {
        String text = "代表团访问八王子期间,与日本东京八王子市签署协议。";
        long n = places.recognize(text, hanlp.analyse(text).tokens()).stream().filter(c -> c.name().equals("八王子")).count();
        assertTrue(n == 2, "mentions: " + n);
    }

    @Test
    void threeCharactersBeforeASuffixAreANameOfTheirOwn() {
        Set<String> k = keys("日本东京八王子市代表来访。");
        assertTrue(k.contains("CITY 东京"), k.toString());
        assertTrue(k.contains("CITY 八王子"), k.toString());
    }

    @Test
    void countBeforeSuffixIsNoPartOfAForeignName() {
        Set<String> k = keys("大阪、墨尔本两市代表出席。");
        assertTrue(k.contains("CITY 墨尔本"), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.contains("两")), k.toString());
    }

    @Test
    void aCountOfPlacesBeforeTheirHeadsTitleIsNoPlace() {
        Set<String> k = keys("大阪、墨尔本两市市长出席，各州州长也到场。");
        assertTrue(k.contains("CITY 墨尔本"), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.contains("两") || n.contains("各")), k.toString());
    }

    @Test
    void suffixCharacterInsideAWordIsNoSuffix() {
        Set<String> k = keys("记者从旧金山报道。");
        assertTrue(k.stream().noneMatch(n -> n.contains("报")), k.toString());
    }

    @Test
    void verbBeforeAnUnknownTransliteratedPlaceIsNoPartOfIt() {
        Set<String> k = keys("该市在加州有蒙特丽市等两个姊妹市。");
        assertTrue(k.contains("CITY 蒙特丽"), k.toString());
    }

    @Test
    void nameAfterAGovernorsTitleIsNoPlaceInTheChain() {
        Set<String> k = keys("日本高知县知事滨田省司出席。");
        assertTrue(k.contains("PROVINCE 高知"), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.contains("知事")), k.toString());
    }

    @Test
    void aTransliteratedCityWith罕BeforeItsSuffixIsAPlace() {
        Set<String> k = keys("代表团访问了美国加州阿罕萨拉市。");
        assertTrue(k.stream().anyMatch(n -> n.startsWith("CITY ") && n.endsWith("阿罕萨拉")), k.toString());
    }

    @Test
    void aWordOfTwoSettlementNounsEndsNoNameAfterAPlace() {
        Set<String> k = keys("北海道台日城乡交流再添一对。");
        assertTrue(k.contains("PROVINCE 北海"), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.contains("城乡")), k.toString());
    }

    @Test
    void aPeninsulaNamedForACountryIsNoMentionOfIt() {
        Set<String> k = keys("该道位于朝鲜半岛东南部,与大邱相邻。");
        assertTrue(k.stream().noneMatch(n -> n.equals("COUNTRY 朝鲜")), k.toString());
        assertTrue(keys("代表团访问了朝鲜和韩国。").contains("COUNTRY 朝鲜"));
    }

    @Test
    void malaysianCouncilTownsAreCitiesOfMalaysia() {
        Set<String> k = keys("沙捞越州诗巫市与雪兰莪州巴生市、柔佛州麻坡代表出席。");
        assertTrue(k.contains("CITY 诗巫"), k.toString());
        assertTrue(k.contains("CITY 巴生"), k.toString());
        assertTrue(k.contains("CITY 麻坡"), k.toString());
    }

    @Test
    void aPrefectureNamedLikeACommonWordNeedsItsSuffixOrAPlaceReading() {
        Set<String> k = keys("镇长与各位来宾合影留念。");
        assertTrue(k.stream().noneMatch(n -> n.contains("来宾")), k.toString());
        assertTrue(keys("广西来宾市代表团来访。").contains("CITY 来宾"));
        assertTrue(keys("仪式在开封举行。").contains("CITY 开封"));
    }

    @Test
    void aVillageInAJapanesePrefectureIsAMunicipalityButAChineseVillageIsNot() {
        Set<String> k = keys("日本长野县北原村与丙市签约。");
        assertTrue(k.contains("CITY 北原村"), k.toString());
        Set<String> deputy = keys("日本长野县北原町副町长中村一郎出席。");
        assertTrue(deputy.stream().noneMatch(n -> n.contains("中村")), deputy.toString());
        Set<String> chinese = keys("云南省北原村的农民。");
        assertTrue(chinese.stream().noneMatch(n -> n.contains("北原")), chinese.toString());
    }

    @Test
    void aCompassRegionWithASuffixNamesNoPlace() {
        Set<String> k = keys("甲省等西南地区的企业同西南省份合作，人均收入位居西南省会城市第三。");
        assertTrue(k.stream().noneMatch(n -> n.contains("西南")), k.toString());
        assertTrue(keys("贵州省黔东南州代表团").contains("CITY 黔东南"), keys("贵州省黔东南州代表团").toString());
    }

    @Test
    void aHyphenatedRegionIsFoundWithADashOrAMiddleDotAndNamedAsWritten() {
        Set<String> dash = keys("甲市与意大利艾米利亚—罗马涅大区建立友好关系。");
        assertTrue(dash.contains("PROVINCE 艾米利亚—罗马涅"), dash.toString());
        Set<String> dot = keys("乙市位于意大利北部艾米利亚·罗马涅地区。");
        assertTrue(dot.contains("PROVINCE 艾米利亚·罗马涅"), dot.toString());
        assertTrue(dash.stream().noneMatch(n -> n.endsWith(" 罗马")) && dot.stream().noneMatch(n -> n.endsWith(" 罗马")), dot.toString());
    }

    @Test
    void aCompassPartOrACompassRegionOfTheWorldBeforeDiquNamesNoPlace() {
        Set<String> k = keys("甲市是日本中部地区第一大城，带动乙市乃至西部地区发展，丙市是美国西北太平洋地区的港口。");
        assertTrue(k.stream().noneMatch(n -> n.contains("中部") || n.contains("西部") || n.contains("太平洋")), k.toString());
        assertTrue(k.contains("COUNTRY 日本") && k.contains("COUNTRY 美国"), k.toString());
    }

    @Test
    void aForeignEasternOrWesternProvinceStaysAPlaceACompassPartIsNoPlaceOnlyBeforeDiqu() {
        Set<String> k = keys("甲市代表团访问斯里兰卡西部省，随后前往沙特东部省。");
        assertTrue(k.stream().anyMatch(n -> n.endsWith(" 西部省") || n.endsWith(" 西部")), k.toString());
        assertTrue(k.stream().anyMatch(n -> n.endsWith(" 东部省") || n.endsWith(" 东部")), k.toString());
        Set<String> region = keys("乙市带动东部地区发展。");
        assertTrue(region.stream().noneMatch(n -> n.contains("东部")), region.toString());
    }

    @Test
    void aNameAndTitleRightAfterACityNameTheCitysHeadNotACityInIt() {
        Set<String> k = keys("韩国京畿道甲川市金永洙市长一行抵达。");
        assertTrue(k.contains("CITY 甲川"), k.toString());
        assertFalse(k.contains("CITY 金永洙"), k.toString());
        k = keys("日本千叶县乙林市山口正男市长率团来访。");
        assertFalse(k.stream().anyMatch(x -> x.startsWith("CITY 山口")), k.toString());
        assertTrue(keys("日本北海道余别市长山田一郎致辞。").contains("CITY 余别"), "after a province the run is still a place");
    }

    @Test
    void thePremiersOfficeAfterACountryIsNoProvince() {
        Set<String> k = keys("代表团会见马拉维总理府青年部部长班达。");
        assertFalse(k.contains("PROVINCE 总理"), k.toString());
        assertFalse(keys("代表团会见赞比亚总统府部长姆维。").contains("PROVINCE 总统"));
    }

    @Test
    void aVerbOfGivingIsNoPartOfTheReceivingPlace() {
        Set<String> k = keys("竹山镇长代表竹山镇致赠伊东市木雕作品,伊东市长则回赠竹山镇陶盘。");
        assertTrue(k.contains("CITY 伊东"), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.contains("赠")), k.toString());
    }

    @Test
    void anOldStreetVisitedIsNoVietnameseCity() {
        assertTrue(keys("代表团参访妈祖庙、糖厂、老街与文化中心。").stream().noneMatch(n -> n.contains("老街")));
        assertTrue(keys("河口县与越南老街市代表出席。").contains("CITY 老街"));
    }

    @Test
    void aDelegationComingToOurCountyIsNoPrefectureAfterItsCity() {
        Set<String> k = keys("日本丙丁市代表团来我县考察,双方签署了协议。");
        assertTrue(k.stream().noneMatch(n -> n.contains("我") || n.contains("代表团")), k.toString());
    }

    @Test
    void aCityNamingTheClockADateIsToldByIsNoMention() {
        Set<String> k = keys("北京时间5月3日凌晨,西雅图举行了庆祝活动。");
        assertTrue(k.contains("CITY 西雅图"), k.toString());
        assertFalse(k.contains("CITY 北京"), k.toString());
        assertTrue(keys("代表团抵达北京。").contains("CITY 北京"));
    }

    @Test
    void aCityWhoseNameEndsIn都Or州TakesTheSuffix市AfterIt() {
        java.util.List<Candidate> cs = MadeUpSentences.placeCandidates("代表团访问了尼泊尔加德满都市和日本北九州市。");
        assertTrue(cs.stream().anyMatch(c -> c.end() - c.start() == 5 && c.type() == EntityType.CITY), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.end() - c.start() == 4 && c.type() == EntityType.CITY), cs.toString());
    }

    @Test
    void aForeignStatesSuffix邦IsNoSyllableOfThePlaceAfterIt() {
        Set<String> k = keys("代表团访问了德国巴伐利亚邦雷根斯堡市。");
        assertTrue(k.contains("PROVINCE 巴伐利亚"), k.toString());
        assertTrue(k.contains("CITY 雷根斯堡"), k.toString());
        assertFalse(k.stream().anyMatch(x -> x.contains("邦")), k.toString());
    }

    @Test
    void aRepublicAfterACountryIsItsFirstLevelDivisionAndTheCityAfterItIsStillFound() {
        Set<String> k = keys("俄罗斯卡尔莫共和国塔维诺市代表团访问了西宁。");
        assertTrue(k.containsAll(Set.of("PROVINCE 卡尔莫共和国", "CITY 塔维诺")), k.toString());
        Set<String> states = keys("捷克共和国、中非共和国和白俄罗斯共和国的代表出席。");
        assertTrue(states.stream().noneMatch(n -> n.startsWith("PROVINCE") || n.startsWith("CITY")), states.toString());
    }

    @Test
    void aBannerKeepsIts旗AsCanonicalNamesDoNotDropIt() {
        Set<String> k = keys("内蒙古四子王旗和鄂伦春自治旗的代表团访问了太原市万柏林区。");
        assertTrue(k.containsAll(Set.of("CITY 四子王旗", "CITY 鄂伦春自治旗", "CITY 万柏林")), k.toString());
    }

    @Test
    void aTwoCharacterNameCuttingTwoWordsInHalfIsNoMention() {
        Set<String> k = keys("两市将巩固原有合作基础,共同推动交流。");
        assertTrue(k.stream().noneMatch(n -> n.endsWith("固原")), k.toString());
        assertTrue(keys("代表团访问了固原,参观了博物馆。").contains("CITY 固原"));
    }

    @Test
    void aPlaceAfterAPrepositionTheSegmenterReadsIntoItIsFound() {
        // 于宁波/ns, 向常州/ns, 向洛阳/ns: the segmenter's place reader takes the preposition into the name
        assertTrue(keys("协会于宁波举行年会。").contains("CITY 宁波"));
        Set<String> k = keys("协会向常州、苏州和无锡等城市授予了奖牌。");
        assertTrue(k.containsAll(Set.of("CITY 常州", "CITY 苏州", "CITY 无锡")), k.toString());
    }
}
