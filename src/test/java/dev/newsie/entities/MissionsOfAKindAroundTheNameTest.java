package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences where the words around a mission's name, not inside it, show that no sending state is named:
 * a seat listed after another seat's 驻, a quantifier right before the head inside an event's name, a distributive
 * the name lost.
 */
class MissionsOfAKindAroundTheNameTest {
    @Test
    void aSeatListedAfterAnotherSeatsStationNamesNoMission() {
        Set<String> n = organizations("18个国家驻青岛、烟台总领事馆的领事官员出席了活动。");
        assertTrue(n.stream().noneMatch(x -> x.contains("领事馆")), n.toString());
    }

    @Test
    void foreignConsulatesInAnEventsNameNameNoMission() {
        Set<String> n = organizations("由市政府外办主办的“携手烟台·共赢”2021外国领事馆新春联谊会在烟台举行。");
        assertTrue(n.stream().noneMatch(x -> x.contains("领事馆")), n.toString());
    }

    @Test
    void aMissionAfterItsSendingStateIsStillOneBody() {
        Set<String> n = organizations("日本驻青岛总领事馆总领事出席了活动。");
        assertTrue(n.contains("日本驻青岛总领事馆"), n.toString());
    }

    @Test
    void theWordsAroundAreReadFromTheText() {
        String text = "各国驻甲地、乙地总领事馆";
        assertTrue(MissionSenders.namesNoSenderAround(text, text.indexOf("乙地"), "乙地总领事馆"));
        assertTrue(MissionSenders.namesNoSenderAround("感谢各国驻甲地领事馆", 3, "国驻甲地领事馆"));
        assertTrue(MissionSenders.namesNoSenderAround("2021外国领事馆联谊会", 0, "2021外国领事馆"));
        assertFalse(MissionSenders.namesNoSenderAround("丙国、丁国总领事馆", 3, "丁国总领事馆"));
        assertFalse(MissionSenders.namesNoSenderAround("感谢丙国驻甲地领事馆", 2, "丙国驻甲地领事馆"));
    }
}
