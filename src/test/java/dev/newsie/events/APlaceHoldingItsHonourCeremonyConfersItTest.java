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
        List<Event> a = ofType(run("授荣\n本报讯 5月12日上午，我市举行仪式，授予约翰·米勒等五位友好人士“宁海市荣誉市民”称号。"
                + "宁海市近年来对外交往日益频繁。", "2031-05-13"), EventType.AWARD);
        assertEquals(1, a.size(), a.toString());
        assertEquals(List.of("宁海"), a.get(0).giver(), a.toString());
        assertEquals("宁海", a.get(0).location(), a.toString());
    }

    @Test
    void aCeremonyNamedForConferringTheHonourIsOneOfConferring() {
        List<Event> a = ofType(run("授荣\n本报讯 昨晚，嘉禾市举行迎春茶话会暨嘉禾市第三批荣誉市民授荣仪式。"
                + "副市长刘建华为彼得·霍夫曼、安娜·贝克颁发“嘉禾市荣誉市民”证书。", "2031-02-01"), EventType.AWARD);
        assertEquals(1, a.size(), a.toString());
        assertEquals(List.of("嘉禾"), a.get(0).giver(), a.toString());
    }

    @Test
    void thePlaceInsideTheCeremonysNameConfersThatTitleAlone() {
        List<Event> a = ofType(run("获称\n“2031年龙泉市授予荣誉市民称号”大会昨日在龙泉举行，彼得·霍夫曼等8人荣获“龙泉市荣誉市民”称号。"
                + "其中汉斯·穆勒曾获“国际友谊奖”。", "2031-12-02"), EventType.AWARD);
        Event honour = a.stream().filter(e -> e.award().equals("龙泉市荣誉市民")).findFirst().orElseThrow();
        assertEquals(List.of("龙泉"), honour.giver(), a.toString());
        a.stream().filter(e -> !e.award().equals("龙泉市荣誉市民")).forEach(e -> assertNull(e.giver(), a.toString()));
    }

    @Test
    void theHomePlaceHoldingNoConferringCeremonyGivesNothing() {
        List<Event> a = ofType(run("发布\n本报讯 6月3日，我市举行新闻发布会，介绍宁海市对外交流情况。"
                + "会上，德国友人汉斯·穆勒获得“国际友谊奖”。", "2031-06-04"), EventType.AWARD);
        assertEquals(1, a.size(), a.toString());
        assertNull(a.get(0).giver(), a.toString());
    }
}
