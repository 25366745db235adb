package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up reports: three or more bodies listed with 、 and 共同 before the verb (甲局、乙局、丙局共同签署《…》), with or
 * without the person who signs for each (甲办主任X、乙会代表Y…): one document signed by all of them.
 */
class SidesListedJointlySignOneDocumentTest {
    @Test
    void threeBureausListedThenJointlyAreThePartiesOfOneDocument() {
        List<Event> s = signings(run("本报甲市3月14日讯 今天,甲市文化和旅游局、乙市旅游局、丙市旅游和文化局共同签署《旅游合作备忘录》。",
                "2031-03-14"));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("甲市文化和旅游局", "乙市旅游局", "丙市旅游和文化局"), Set.copyOf(s.get(0).parties()), s.toString());
    }

    @Test
    void anInitiativeSignedJointlyIsADocumentOfThemAll() {
        // 倡议 is the head noun of a signed document's name as 协议 and 宣言 are: its kind is OTHER (agreement-kinds.tsv)
        List<Event> s = signings(run("本报甲市3月14日讯 今天,甲市文化和旅游局、乙市旅游局、丙市旅游和文化局共同签署《关于建立旅游合作机制的倡议》。",
                "2031-03-14"));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("甲市文化和旅游局", "乙市旅游局", "丙市旅游和文化局"), Set.copyOf(s.get(0).parties()), s.toString());
        assertEquals("OTHER", s.get(0).agreement(), s.toString());
        assertEquals("2031-03-14", s.get(0).date(), s.toString());
    }

    @Test
    void eachBodysTitledSignerSignsForIt() {
        List<Event> s = signings(run("会上,甲省人民政府外事办公室主任张明远、乙省人民政府外事办公室副主任刘卫东、丙市商会代表卡尔·施密特共同签署《青年交流合作备忘录》。",
                "2031-03-14"));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("甲省人民政府外事办公室", "乙省人民政府外事办公室", "丙市商会"), Set.copyOf(s.get(0).parties()), s.toString());
        assertEquals(List.of("张明远", "刘卫东", "卡尔·施密特"), s.get(0).signatories(), s.toString());
    }

    @Test
    void aListWithOneSidesSignerMissingNamesNoSigners() {
        List<Event> s = signings(run("会上,甲省人民政府外事办公室主任张明远、乙省人民政府外事办公室、丙市商会代表卡尔·施密特共同签署《青年交流合作备忘录》。",
                "2031-03-14"));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("甲省人民政府外事办公室", "乙省人民政府外事办公室", "丙市商会"), Set.copyOf(s.get(0).parties()), s.toString());
        assertEquals(null, s.get(0).signatories(), s.toString());
    }
}
