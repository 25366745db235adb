package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The awards a sentence names, and the words that only point at one or count its prize-givings. */
class AwardNamesTest {
    private final AwardNames names = new AwardNames(EventLexicon.load());

    @Test
    void anHonourInHalfOrFullWidthBracketsIsFoundAndASentenceWithoutBracketsHasNone() {
        List<AwardNames.BracketedHonour> full = names.bracketedHonours("甲某、乙某（友谊勋章）");
        assertEquals(List.of(new AwardNames.BracketedHonour("友谊勋章", 0, 5)), full);
        List<AwardNames.BracketedHonour> half = names.bracketedHonours("甲某、乙某(友谊勋章)");
        assertEquals(List.of(new AwardNames.BracketedHonour("友谊勋章", 0, 5)), half);
        assertEquals(List.of(), names.bracketedHonours("甲某、乙某友谊勋章"));
    }

    @Test
    void aQuotedNameBeforeItsOwnPrizeGivingIsAnAwardWhateverItsHead() {
        assertEquals(List.of("丝路知音"), names.awardNames("侨联上周办了首届“丝路知音”颁奖活动。"));
        assertEquals(List.of("湖畔良师"), names.awardNames("“湖畔良师”颁奖典礼在礼堂举行。"));
        assertEquals(List.of(), names.awardNames("侨联上周办了首届“丝路知音”座谈会。"));
    }

    @Test
    void aQuotedContestBeforeItsPrizeGivingIsNoAward() {
        assertEquals(List.of(), names.awardNames("“湖畔城市半程马拉松”颁奖仪式在体育场举行。"));
        assertEquals(List.of(), names.awardNames("“双城少儿书画大赛”颁奖典礼昨日落幕。"));
    }

    @Test
    void aPointerWithItsClassifierNamesNoAward() {
        List<String> found = names.awardNames("50位外国专家获得这项中国政府奖。");
        assertEquals(List.of(), found);
    }

    @Test
    void prizeGivingsCountedInGeneralNameNoAward() {
        assertEquals(List.of(), names.namedBeforeCeremony("以下是最近几次湖南省友谊奖颁奖仪式的日期:"));
        assertEquals(List.of(), names.namedBeforeCeremony("历次湖南省友谊奖颁奖典礼均在长沙举行。"));
        assertEquals(List.of("湖南省友谊奖"), names.namedBeforeCeremony("省政府举行湖南省友谊奖颁奖仪式。"));
    }

    @Test
    void anUnquotedAwardEndsAtItsOwn奖NotAtTheNext颁奖() {
        assertEquals(List.of("兰州友谊奖"), names.awardNames("副市长为获得兰州友谊奖的外国专家颁奖。"));
    }

    @Test
    void anAwardAfterTheRelativeClauseOfItsGiverIsNamedWithoutTheParticle() {
        assertEquals(List.of("海州城市创新奖"), names.awardNames("由海州城市协会共同颁发的海州城市创新奖今天揭晓。"));
    }

    @Test
    void oneMorePrizeOfAKindNamesNoAward() {
        assertEquals(List.of(), names.awardNames("这是海州在环境领域获得的又一大奖。"));
    }

    @Test
    void thePassiveOfConferringNamesTheUnquotedAwardAfterIt() {
        assertEquals(List.of("海州市友谊奖"), names.awardNames("德国专家汉斯·韦伯被授予海州市友谊奖。"));
        assertEquals(List.of("中国政府友谊奖"), names.awardNames("青河大学的德方教授去年被授予了中国政府友谊奖。"));
        assertEquals(List.of(), names.awardNames("市政府授予汉斯·韦伯海州市友谊奖证书。").stream().filter(n -> n.startsWith("汉斯")).toList());
    }

    @Test
    void aHeadingThatAsksHowOneBecameAnHonourHolderNamesNoAward() {
        assertEquals(null, names.headingAward("外国专家如何当选名誉市民"));
        assertEquals(null, names.headingAward("她怎样当选青川荣誉市民"));
        assertEquals(null, names.headingAward("三位专家凭什么成为友谊奖得主"));
        assertEquals("青川市荣誉市民", names.headingAward("青川市荣誉市民"));
    }

    @Test
    void readsAnAwardBeforeItsShortNameAndAnAwardWhoseGiverIsToldAfterIt() {
        // made-up: the sentences hold 简称 and 由, which the scans of these two forms look for before they run
        assertTrue(names.awardNames("甲市获得甲省友好交流特别奖（简称友交奖）。").contains("甲省友好交流特别奖"));
        assertTrue(names.awardNames("甲省友好交流特别奖由甲省友协设立。").contains("甲省友好交流特别奖"));
    }
}
