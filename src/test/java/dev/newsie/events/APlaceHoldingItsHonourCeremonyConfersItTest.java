package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.ofType;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Made-up reports: the place that holds a ceremony of conferring an honour confers it — named outright, named by local
 * media as 我市, or written as the subject inside the ceremony's own name (“甲市授予荣誉市民称号”大会); a ceremony of
 * conferring may be named for 授荣 as for 授证 or 颁奖.
 */
class APlaceHoldingItsHonourCeremonyConfersItTest {
    @Test
    void theHomePlaceHoldingTheCeremonyConfersAndHostsIt() {
        List<Event> a = ofType(run("市民\n本报讯 据悉,今年3月,我市在市民中心举行仪式,向保罗·罗西、安娜·贝克两位外籍专家颁发“宁海市荣誉市民”证书。"
                + "宁海市近年来对外交往日益频繁。", "2031-05-13"), EventType.AWARD);
        assertEquals(1, a.size(), a.toString());
        assertEquals(List.of("宁海"), a.get(0).giver(), a.toString());
        assertEquals("宁海", a.get(0).location(), a.toString());
    }

    @Test
    void aCeremonyNamedForConferringTheHonourIsOneOfConferring() {
        List<Event> a = ofType(run("授荣\n本报讯 9日,嘉禾市在会展中心举行了简朴的授荣仪式。"
                + "副市长刘建华为彼得·霍夫曼、安娜·贝克颁发“嘉禾市荣誉市民”证书。", "2031-02-10"), EventType.AWARD);
        assertEquals(1, a.size(), a.toString());
        assertEquals(List.of("嘉禾"), a.get(0).giver(), a.toString());
    }

    @Test
    void thePlaceInsideTheCeremonysNameConfersThatTitleAlone() {
        List<Event> a = ofType(run("获称\n12日上午,“龙泉市授予荣誉公民称号”仪式在市会议中心举行,彼得·霍夫曼、汉斯·穆勒获颁“龙泉市荣誉公民”证书。"
                + "霍夫曼还是“国际友谊奖”得主。", "2031-12-13"), EventType.AWARD);
        Event honour = a.stream().filter(e -> e.award().equals("龙泉市荣誉公民")).findFirst().orElseThrow();
        assertEquals(List.of("龙泉"), honour.giver(), a.toString());
        a.stream().filter(e -> !e.award().equals("龙泉市荣誉公民")).forEach(e -> assertNull(e.giver(), a.toString()));
    }

    @Test
    void theHomePlaceHoldingNoConferringCeremonyGivesNothing() {
        List<Event> a = ofType(run("发布\n本报讯 6月3日,我市召开新闻发布会,介绍宁海市对外交流情况。"
                + "会上,德国友人汉斯·穆勒获得“国际友谊奖”。", "2031-06-04"), EventType.AWARD);
        assertEquals(1, a.size(), a.toString());
        assertNull(a.get(0).giver(), a.toString());
    }
}
