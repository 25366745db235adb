package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.HanLpBackend;
import dev.newsie.nlp.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences for organisation names read by their head nouns. */
class OrganizationRecognizerTest {
    private static OrganizationRecognizer organizations;
    private static PlaceRecognizer places;
    private static final HanLpBackend hanlp = new HanLpBackend();

    @BeforeAll
    static void load() {
        organizations = OrganizationRecognizer.load();
        PlaceSuffixRules suffixes = PlaceSuffixRules.load();
        places = new PlaceRecognizer(Gazetteer.load(suffixes), suffixes, PersonRecognizer.load().transliterationCharacters());
    }

    private static Set<String> names(String text) {
        List<Token> tokens = hanlp.analyse(text).tokens();
        List<Candidate> found = places.recognize(text, tokens);
        found.sort(java.util.Comparator.comparingInt(Candidate::start));
        return organizations.recognize(text, tokens, found).stream().filter(c -> c.type() == EntityType.ORGANIZATION)
                .map(Candidate::name).collect(Collectors.toSet());
    }

    @Test
    void placeAndHeadReadAsOneCommonNounIsAName() {
        Set<String> n = names("香港特区政府代表今天抵达。");
        assertTrue(n.contains("香港特区政府"), n.toString());
    }

    @Test
    void taiwansMissionsAreNamedBodiesWithOrWithout驻() {
        Set<String> n = names("驻温哥华台北经济文化办事处处长王大明出席。");
        assertTrue(n.contains("驻温哥华台北经济文化办事处"), n.toString());
        Set<String> m = names("台北驻日经济文化代表处处长李小华致辞。");
        assertTrue(m.contains("台北驻日经济文化代表处"), m.toString()); // the 代表 of 代表处 is the head, not the verb
    }

    @Test
    void aBodyOfASpecialAdministrativeRegionKeepsItsWholeName() {
        // in this context the segmenter reads 特别 as an adverb (香港/特别/行政区政府创新科技及工业局)
        Set<String> n = names("「2024亚洲智慧城市峰会」在香港举行\n\n由香港特别行政区政府创新科技及工业局主办、香港贸易发展局协办的"
                + "「2024亚洲智慧城市峰会」今日(6日)在香港会议展览中心揭幕，来自12个国家、31个城市的约400名代表出席。");
        assertTrue(n.contains("香港特别行政区政府创新科技及工业局"), n.toString());
    }

    @Test
    void aNameJoinedToABodyBy及IsNoPartOfIt() {
        Set<String> n = names("日本长野县代表团来访，南投县长林明辉及长野县议会议长清水洋介出席见证。");
        assertTrue(n.contains("长野县议会"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.contains("林明辉")), n.toString());
    }

    @Test
    void townshipOfficeIsABody() {
        Set<String> n = names("宜兰县五结乡公所与日方签约。");
        assertTrue(n.stream().anyMatch(x -> x.endsWith("五结乡公所")), n.toString());
    }

    @Test
    void memberOfAStandingCommitteeIsATitle() {
        Set<String> n = names("全国政协常委陈家栋出席。");
        assertFalse(n.contains("全国政协常委"), n.toString());
        assertTrue(n.contains("全国政协"), n.toString());
    }

    @Test
    void headquartersIsTheSeatNotTheBody() {
        Set<String> n = names("仪式在青州市人民政府总部举行。");
        assertTrue(n.contains("青州市人民政府"), n.toString());
    }

    @Test
    void quotedPhraseBeforeANameIsPartOfIt() {
        Set<String> n = names("“丝路青州”建设工作委员会成员出席。");
        assertTrue(n.contains("“丝路青州”建设工作委员会"), n.toString());
    }

    @Test
    void governmentsOfBothSidesAreNoBody() {
        assertTrue(names("两地政府代表签署协议。").isEmpty());
    }

    @Test
    void kindOfBodyIsNoNameAndTwoCountryAbbreviationsAre() {
        Set<String> n = names("友好协会代表团来访,日中友好协会会长出席。");
        assertFalse(n.contains("友好协会"), n.toString());
        assertTrue(n.contains("日中友好协会"), n.toString());
    }

    @Test
    void personAndLocativeBeforeABodyAreNoPartOfItsName() {
        Set<String> n = names("市长山田一郎在台中市政府会见代表团。");
        assertTrue(n.stream().noneMatch(x -> x.contains("山田")), n.toString());
    }

    @Test
    void missionNamedWithTheShortFormOfConsulateIsAnOrganisation() {
        Set<String> n = names("巴西驻成都总领馆参加了活动。");
        assertTrue(n.stream().anyMatch(x -> x.endsWith("驻成都总领馆")), n.toString());
    }

    @Test
    void nameDoesNotStartAtTheTitleBeforeIt() {
        Set<String> n = names("考察团成员静冈县日中友好协会理事长出席。");
        assertTrue(n.contains("静冈县日中友好协会"), n.toString());
    }

    @Test
    void titleInsideANameBeforeItsHeadStays() {
        Set<String> n = names("全国市长协会派员参会。");
        assertTrue(n.stream().anyMatch(x -> x.endsWith("市长协会")), n.toString());
    }

    @Test
    void oneCharacterCountryAbbreviationOpensAName() {
        Set<String> n = names("代表出席葡语城市联盟年会。");
        assertTrue(n.contains("葡语城市联盟"), n.toString());
    }

    @Test
    void countrysPresenceInTaiwanKeepsCountryAndLocative() {
        Set<String> n = names("加拿大在台贸易办事处处长出席活动。");
        assertTrue(n.contains("加拿大在台贸易办事处"), n.toString());
    }

    @Test
    void countryBeforeARegionOutsideItStaysInTheName() {
        Set<String> n = names("会后，日本台湾交流协会理事长致辞。");
        assertTrue(n.contains("日本台湾交流协会"), n.toString());
    }

    @Test
    void headFollowedByItsOwnHeadsTitleIsABody() {
        Set<String> n = names("土耳其安卡拉市文化部部长来访。");
        assertTrue(n.contains("安卡拉市文化部"), n.toString());
    }

    @Test
    void hometownAndSportsAssociationsAreBodies() {
        Set<String> n = names("加拿大福清同乡会会长、光州市体育会会长出席。");
        assertTrue(n.contains("加拿大福清同乡会"), n.toString());
        assertTrue(n.contains("光州市体育会"), n.toString());
    }

    @Test
    void cityGovernmentInsideADelegationWord() {
        Set<String> n = names("俄罗斯伏尔加格勒市政府代表团抵达。");
        assertTrue(n.contains("伏尔加格勒市政府"), n.toString());
    }

    @Test
    void representativeOfficeIsNotCutAtTheVerbRepresent() {
        Set<String> n = names("澳大利亚昆士兰州政府驻华代表处首席代表出席。");
        assertTrue(n.stream().anyMatch(x -> x.endsWith("州政府驻华代表处")), n.toString());
    }

    @Test
    void shortFormOfEmbassyIsAHead() {
        Set<String> n = names("老挝驻华使馆参赞出席。");
        assertTrue(n.contains("老挝驻华使馆"), n.toString());
    }

    @Test
    void headSplitByTheSegmenterIsJoined() {
        Set<String> n = names("名古屋市役所官员出席。");
        assertTrue(n.contains("名古屋市役所"), n.toString());
    }

    @Test
    void countOfCountriesOpensNoName() {
        Set<String> n = names("他走访了多国驻沪总领事馆。");
        assertTrue(n.isEmpty(), n.toString());
    }

    @Test
    void placeSplitByTheSegmenterStillOpensTheName() {
        Set<String> n = names("宁波大学与亚琛工业大学开展合作。");
        assertTrue(n.contains("亚琛工业大学"), n.toString());
    }

    @Test
    void taiwanMissionNamedForTaipeiIsOneBody() {
        Set<String> n = names("驻印度台北代表部秘书出席。");
        assertTrue(n.contains("驻印度台北代表部"), n.toString());
    }

    @Test
    void eventWordInsideAHeadDoesNotMakeAnEvent() {
        Set<String> n = names("神户商工会议所会长出席。");
        assertTrue(n.stream().anyMatch(x -> x.endsWith("商工会议所")), n.toString());
    }

    @Test
    void broadcastersNewsCentreIsABodyButAConferenceCentreIsNot() {
        Set<String> n = names("杭州电视台融媒体中心记者在国际会议中心报道。");
        assertTrue(n.contains("杭州电视台融媒体中心"), n.toString());
        assertFalse(n.stream().anyMatch(x -> x.endsWith("会议中心")), n.toString());
    }

    @Test
    void aNameJoinedBy及ToAMissionIsNoPartOfIt() {
        Set<String> n = names("出席者有智利中华会馆主席黄国强及驻智利代表处代表陈大文。");
        assertTrue(n.contains("驻智利代表处"), n.toString());
        assertTrue(n.stream().noneMatch(o -> o.contains("黄国强")), n.toString());
    }
}
