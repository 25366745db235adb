package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences naming missions by their sending state, and missions of a kind with no state named. */
class MissionSendersTest {
    @Test
    void aQuantifierOrLocativeBeforeTheMissionNamesNoMission() {
        Set<String> n = organizations("市商会十分珍视与境外各驻筑领事馆的友好关系,希望有更多的机会与境外驻筑领事馆交往。");
        assertTrue(n.stream().noneMatch(x -> x.contains("领事馆")), n.toString());
        n = organizations("甲局长带队拜访多国驻沪总领事馆,国(境)外驻筑领事馆负责人出席。");
        assertTrue(n.stream().noneMatch(x -> x.contains("领事馆")), n.toString());
    }

    @Test
    void aCountedMissionWithoutItsStateNamesNoMission() {
        Set<String> n = organizations("法国、德国等7个驻筑总领馆的总领事参加了座谈会。");
        assertTrue(n.stream().noneMatch(x -> x.contains("总领馆")), n.toString());
    }

    @Test
    void aMissionAfterItsSendingStateIsOneBody() {
        Set<String> n = organizations("泰国驻筑总领事馆总领事宋达出席。");
        assertTrue(n.contains("泰国驻筑总领事馆"), n.toString());
    }

    @Test
    void theSenderIsReadFromTheNamesText() {
        assertTrue(MissionSenders.namesNoSender("驻筑领事馆"));
        assertTrue(MissionSenders.namesNoSender("机会与境外驻筑领事馆"));
        assertFalse(MissionSenders.namesNoSender("某市政府驻沪联络处"));
        assertFalse(MissionSenders.namesNoSender("甲国大使馆"));
    }
}
