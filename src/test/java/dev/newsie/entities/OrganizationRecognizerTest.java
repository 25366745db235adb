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
}
