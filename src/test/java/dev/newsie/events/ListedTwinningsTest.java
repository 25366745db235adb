package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Twinnings told as a list: the counted new pairs, with or without a signing ceremony (made-up reports). */
class ListedTwinningsTest {
    @Test
    void pairsListedAfterACountOfNewTwinningsAtACeremonyAreSignings() {
        String text = "2022友好城市大会昨日在杭州闭幕,当日举行了友好城市签约仪式。"
                + "此次新增的2对友好城市分别为浙江省与日本静冈县、湖南省长沙市与泰国清迈市。";
        List<Event> ss = signings(run(text, "2022-11-17"));
        assertEquals(Set.of(Set.of("浙江", "静冈"), Set.of("长沙", "清迈")), partySets(ss));
        for (Event e : ss) {
            assertEquals("SISTER_CITY", e.agreement());
            assertEquals("2022-11-16", e.date());
        }
    }

    @Test
    void pairsListedWithoutACeremonyAreRelationsOnly() {
        EventExtractor.Result r = run("去年新增的2对友好城市分别为浙江省与日本静冈县、湖南省长沙市与泰国清迈市。", "2022-11-17");
        assertTrue(signings(r).isEmpty(), signings(r).toString());
        assertEquals(2, r.relations().size(), r.relations().toString());
    }

    @Test
    void pairsCountedAsNewlyTwinnedWithTheirCountryNamedAreSignings() {
        String text = "2021友好城市大会昨日在成都闭幕。当天的友城缔约签字仪式上,又新增2对友好城市。至此,全省已有友好城市80对。"
                + "新结好的2对分别是四川省与日本静冈县、湖南省长沙市与泰国清迈市。";
        List<Event> ss = signings(run(text, "2021-10-21"));
        assertEquals(Set.of(Set.of("四川", "静冈"), Set.of("长沙", "清迈")), partySets(ss));
    }

    @Test
    void pairsListedAfterACountThatSignedAreSignings() {
        String text = "论坛期间,共有2对城市签署了友好城市协议,分别为浙江省温岭市与法国南特市、湖南省益阳市与泰国清莱市。";
        List<Event> ss = signings(run(text, "2023-06-12"));
        assertEquals(Set.of(Set.of("温岭", "南特"), Set.of("益阳", "清莱")), partySets(ss));
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }

    @Test
    void pairsThatWillSignAreNoSignings() {
        String text = "论坛期间,将有2对城市签署友好城市协议,分别为浙江省温岭市与法国南特市、湖南省益阳市与泰国清莱市。";
        assertTrue(signings(run(text, "2023-06-12")).isEmpty());
    }

    @Test
    void pairsListedAfterTheSignedDocumentsAreSigningsOfTheDocumentsKind() {
        List<Event> ss = signings(run("大会期间,中外城市共签署9份友好城市协议书,其中包括:兰州市与意大利都灵市、西宁市与法国南特市结为友好城市。",
                "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵"), Set.of("西宁", "南特")), partySets(ss));
        ss.forEach(e -> assertEquals("SISTER_CITY", e.agreement()));
        List<Event> ms = signings(run("交流会上签署的合作备忘录包括:兰州市与意大利都灵市、西宁市与法国南特市。", "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵"), Set.of("西宁", "南特")), partySets(ms));
        ms.forEach(e -> assertEquals("MEMORANDUM", e.agreement()));
    }

    @Test
    void aPairFollowedByWhatItDoesIsTheAgreementsContentNotAPartyList() {
        List<Event> ss = signings(run("兰州市与都灵市签署合作协议,包括西宁市与南特市的青年互访。", "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵")), partySets(ss));
        assertEquals("COOPERATION", ss.get(0).agreement());
    }

    @Test
    void countedPairsThatSignedListedAfterAColonAreSignings() {
        List<Event> ss = signings(run("2031年6月2日,大会上,两对城市正式签约:兰州与都灵、西宁与南特。", "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵"), Set.of("西宁", "南特")), partySets(ss));
    }

    @Test
    void pairsListedAfterAColonClosingTheSignedDocumentsAreSignings() {
        List<Event> ss = signings(run("2031年6月2日,大会上共签署3份友好城市协议书:兰州市与都灵市、西宁市与南特市、烟台市与松本市。", "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵"), Set.of("西宁", "南特"), Set.of("烟台", "松本")), partySets(ss));
        ss.forEach(e -> assertEquals("SISTER_CITY", e.agreement()));
    }

    @Test
    void pairsListedOneALineAfterAHeadThatClosesItsLineAreSignings() {
        String text = "2030友好城市大会昨日在杭州落幕。大会期间举行了签字仪式。\n\n"
                + "此次新增的3对友好城市分别为:\n\n浙江省温岭市与法国南特市\n\n湖南省益阳市与泰国清莱市\n\n四川省乐山市与日本静冈县\n\n"
                + "至此,全国的友好城市已达三千对。";
        List<Event> ss = signings(run(text, "2030-11-17"));
        assertEquals(Set.of(Set.of("温岭", "南特"), Set.of("益阳", "清莱"), Set.of("乐山", "静冈")), partySets(ss));
        ss.forEach(e -> assertEquals("2030-11-16", e.date()));
    }

    @Test
    void aLineThatSaysMoreThanAPairEndsTheListSetOutByLines() {
        String text = "2030友好城市大会昨日在杭州落幕。大会期间举行了签字仪式。\n\n此次新增的2对友好城市分别为:\n\n"
                + "浙江省温岭市与法国南特市\n\n湖南省益阳市与泰国清莱市开展了青年交流\n\n四川省乐山市与日本静冈县";
        List<Event> ss = signings(run(text, "2030-11-17"));
        assertEquals(Set.of(Set.of("温岭", "南特")), partySets(ss));
    }

    @Test
    void pairsListedAsTheSisterPlacesConcludedThisTimeAreSignings() {
        String text = "2030友好城市大会昨日在杭州落幕。大会期间举行了签字仪式。"
                + "此次缔结的友好城市包括:浙江省温岭市与法国南特市、湖南省益阳市与泰国清莱市。";
        List<Event> ss = signings(run(text, "2030-11-17"));
        assertEquals(Set.of(Set.of("温岭", "南特"), Set.of("益阳", "清莱")), partySets(ss));
    }

    @Test
    void pairsNamedByTheirPronounAfterTheCountThatSignedAreSignings() {
        String text = "2031年6月2日,大会上2对中外城市签署了友好城市协议书,它们是兰州市与意大利都灵市、西宁市与法国南特市。";
        List<Event> ss = signings(run(text, "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵"), Set.of("西宁", "南特")), partySets(ss));
    }

    @Test
    void pairsListedAfterThePlacesThatSignedTheDocumentsAreSignings() {
        String text = "2031年6月2日,大会上签署友好城市协议书的城市分别是:兰州市与意大利都灵市;西宁市与法国南特市。";
        List<Event> ss = signings(run(text, "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵"), Set.of("西宁", "南特")), partySets(ss));
    }
}
