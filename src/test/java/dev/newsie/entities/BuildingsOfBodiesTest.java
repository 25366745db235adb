package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences where a body's name is the first part of its building's name, a venue and no body. */
class BuildingsOfBodiesTest {
    @Test
    void aGovernmentsSquareIsAVenue() {
        Set<String> n = organizations("市长率全体市议员在松本市政府广场欢迎代表团。");
        assertTrue(n.stream().noneMatch(x -> x.contains("政府")), n.toString());
    }

    @Test
    void theSameGovernmentActingIsABody() {
        Set<String> n = organizations("松本市政府与襄阳市政府签署了合作协议。");
        assertTrue(n.contains("松本市政府"), n.toString());
    }

    /** The organisations the whole entity stage names in a made-up sentence, whichever reading found them. */
    private static Set<String> bodies(String text) {
        return MadeUpSentences.entityKeys(text).stream().filter(k -> k.startsWith("ORGANIZATION ")).map(k -> k.substring(13))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aHallOrRoomOfABodysBuildingIsAVenue() {
        Set<String> n = bodies("第二届交流会在松本州议会大厅举行。");
        assertTrue(n.stream().noneMatch(x -> x.contains("议会")), n.toString());
        n = bodies("两市代表在青河大学体育馆观看了友谊赛。");
        assertTrue(n.stream().noneMatch(x -> x.contains("大学")), n.toString());
        n = bodies("会谈在白沙市政府会议室进行。");
        assertTrue(n.stream().noneMatch(x -> x.contains("政府")), n.toString());
    }

    @Test
    void aHallAfterTheHeadquartersOrItsUseOrASpaceIsAVenueToo() {
        Set<String> n = bodies("市长论坛在青河航运公司总部大楼开幕。");
        assertTrue(n.stream().noneMatch(x -> x.contains("公司")), n.toString());
        n = bodies("作品展在松本市政府接待大厅开展。");
        assertTrue(n.stream().noneMatch(x -> x.contains("政府")), n.toString());
        assertTrue(BuildingsOfBodies.namesBuilding("地点 白沙市政府 会议室", 8));
    }

    @Test
    void aBodyActingBeforeAWordThatIsNoRoomIsABody() {
        Set<String> n = bodies("松本州议会大力支持两市在各领域的交流。");
        assertTrue(n.contains("松本州议会"), n.toString());
        assertFalse(BuildingsOfBodies.namesBuilding("甲市政府总部设在乙区", 4));
    }

    @Test
    void buildingWordsAreReadAfterTheName() {
        assertTrue(BuildingsOfBodies.namesBuilding("在甲市政府大楼会见", 5));
        assertFalse(BuildingsOfBodies.namesBuilding("甲市政府与乙市", 4));
    }
}
