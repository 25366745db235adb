package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pairs of a conference's twinnings joined by a dash (made-up reports). */
class DashedPairsTest {
    @Test
    void listedPairsJoinedByADashAreEachASigning() {
        List<Event> ss = signings(run("随后,兰州市—意大利都灵市、西宁市—法国南特市两对城市现场签署友好城市协议。", "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵"), Set.of("西宁", "南特")), partySets(ss));
        ss.forEach(e -> assertEquals("SISTER_CITY", e.agreement()));
    }

    @Test
    void aCountedPairJoinedByADashIsASigning() {
        List<Event> ss = signings(run("会上,兰州市—意大利都灵市一对城市签署友好城市协议书。", "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵")), partySets(ss));
    }

    @Test
    void dashedPairsSetOffBySemicolonsAreEachASigning() {
        String text = "2031年6月2日,大会上签署友好城市协议书的城市分别是:兰州市—意大利都灵市;西宁市—法国南特市。";
        List<Event> ss = signings(run(text, "2031-06-03"));
        assertEquals(Set.of(Set.of("兰州", "都灵"), Set.of("西宁", "南特")), partySets(ss));
    }

    @Test
    void dashedPairsSetOffByCommasWithNoLabelBeforeThemAreNoList() {
        assertTrue(signings(run("2031年6月2日,兰州—都灵,西宁—南特两条航线签署了运营协议。", "2031-06-03")).isEmpty());
    }
}
