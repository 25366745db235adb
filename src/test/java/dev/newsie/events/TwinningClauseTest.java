package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The twinning frame read whatever words fill it, in made-up sentences. */
class TwinningClauseTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2024-06-12"));
    }

    @Test
    void timeAndAdverbsBetweenSubjectAndPartnerAreFree() {
        Set<String> r = relations("洛阳市在2001年开始与法国图尔市成为友好城市,两市交流不断。");
        assertTrue(r.contains("图尔-洛阳@2001"), r.toString());
    }

    @Test
    void aListOfPartnersWithLevelWordsOutsideTheirNames() {
        Set<String> r = relations("迄今为止,洛阳均已与奥斯陆市、卑尔根州、特隆赫姆市(含两个城区)缔结为友好关系。");
        assertTrue(r.containsAll(Set.of("奥斯陆-洛阳@null", "卑尔根-洛阳@null", "洛阳-特隆赫姆@null")), r.toString());
    }

    @Test
    void aClauseWithoutSubjectTakesThePlaceOpeningTheSentence() {
        Set<String> r = relations("洛阳1998年与法国图尔结为友好城市,另与美国路易斯维尔、泰国清迈相继结为姐妹城市。");
        assertTrue(r.containsAll(Set.of("洛阳-路易斯维尔@null", "洛阳-清迈@null")), r.toString());
    }

    @Test
    void aNameNoListKnowsKeepsTheListGoing() {
        Set<String> r = relations("洛阳1998年与法国图尔结为友好城市,此后又与美国圣克莱门特和日本高松结为友好城市。");
        assertTrue(r.contains("洛阳-高松@null"), r.toString());
    }

    @Test
    void aPlannedOrDeniedTwinningIsNoRelation() {
        Set<String> r = relations("洛阳今后将与法国里昂结为友好城市。洛阳至今未与德国汉堡结为友好城市。");
        assertFalse(r.stream().anyMatch(k -> k.contains("里昂") || k.contains("汉堡")), r.toString());
    }

    @Test
    void aDocumentOfTwinningIsLeftToTheSigning() {
        Set<String> r = relations("会上,洛阳市同法国里昂市交换了建立友城关系意向书。");
        assertFalse(r.stream().anyMatch(k -> k.contains("里昂")), r.toString());
    }

    @Test
    void aVerbThatAloneSaysThePlacesTwinnedEndsTheFrame() {
        assertTrue(relations("常州市1996年与英国罗瑟勒姆市结好,是该市最早的友好城市之一。").contains("常州-罗瑟勒姆@1996"));
        assertTrue(relations("据介绍,嘉兴市于2003年同日本佐贺市缔盟,两市往来不断。").contains("佐贺-嘉兴@2003"));
        assertTrue(relations("台南市早在1998年就和美国奥斯汀市缔盟以来,交流频繁。").contains("台南-奥斯汀@1998"));
    }

    @Test
    void aListClosedBy等AndItsClassGivesEachPartner() {
        Set<String> r = relations("泰州市已先后与英国埃克塞特市、韩国庆州市等城市结好,交流频繁。");
        assertTrue(r.contains("埃克塞特-泰州@null") && r.contains("庆州-泰州@null"), r.toString());
    }

    @Test
    void aTwinningOnlyHopedForIsNoFrame() {
        Set<String> r = relations("常州市希望与英国罗瑟勒姆市结好。双方商定做好常州市与罗瑟勒姆市结好后续工作。");
        assertFalse(r.stream().anyMatch(k -> k.contains("罗瑟勒姆")), r.toString());
    }

    @Test
    void onlyTimeAndAdverbsStandBetweenTheFramesParts() {
        Set<String> r = relations("洛阳市长与图尔市长一致同意两市尽快结为友好城市。");
        assertFalse(r.stream().anyMatch(k -> k.contains("图尔")), r.toString());
    }

    @Test
    void aStandingOfTwoLevelsAfterAnAdverbOfRecentTime() {
        Set<String> r = relations("据悉,青岛市黄岛区与韩国大邱广域市最近建立了友好区市关系。");
        assertTrue(r.contains("大邱-黄岛@null"), r.toString());
    }

    @Test
    void aQuotedStandingBeforeTheNounItQualifies() {
        Set<String> r = relations("自那以后,福建省与德国黑森州建立了“友好省州”的关系。");
        assertTrue(r.contains("福建-黑森@null"), r.toString());
    }

    @Test
    void twoTiersJoinedNameOneStanding() {
        Set<String> r = relations("去年秋天,温州市和西班牙萨拉戈萨市缔结为友好交流合作城市。");
        assertTrue(r.contains("温州-萨拉戈萨@null"), r.toString());
    }

    @Test
    void aHopedForStandingOfTwoLevelsIsNone() {
        Set<String> r = relations("副省长会见县知事时说,湖南省希望与日本岐阜县建立友好省县关系。");
        assertFalse(r.stream().anyMatch(k -> k.contains("岐阜")), r.toString());
    }
}
