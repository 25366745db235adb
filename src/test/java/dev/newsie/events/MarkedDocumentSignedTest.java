package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A document named in title marks as the subject of its signing verb (made-up reports). */
class MarkedDocumentSignedTest {
    @Test
    void aDashedTitleSignedOnAPastDayIsASigningOfThatDay() {
        List<Event> ss = signings(run("2009年4月3日,《中国广西南宁市——葡萄牙波尔图市结为友城协议书》签署,"
                + "两市从此往来不断。", "2019-04-03"));
        assertEquals(Set.of(Set.of("南宁", "波尔图")), partySets(ss));
        assertEquals("中国广西南宁市——葡萄牙波尔图市结为友城协议书", ss.get(0).title());
        assertEquals("2009-04-03", ss.get(0).date());
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }

    @Test
    void theMarkedNameWithItsSidesReplacesTheShortNameTold() {
        List<Event> ss = signings(run("兰州市与都灵市21日签署友好交流协定。在众多来宾见证下,「兰州市及都灵市友好交流协定」完成签署。",
                "2031-06-22"));
        assertEquals(1, ss.size());
        assertEquals("兰州市及都灵市友好交流协定", ss.get(0).title());
    }

    @Test
    void aMarkedNameWithoutSidesNamesTheOneShorterDocumentAndItsPlace() {
        List<Event> ss = signings(run("兰州市与西宁市21日签订合作备忘录,两市将共建文旅走廊。"
                + "两市「共建文旅走廊合作备忘录」在西宁签订后,双方将互派考察团。", "2031-06-22"));
        assertEquals(1, ss.size());
        assertEquals("共建文旅走廊合作备忘录", ss.get(0).title());
        assertEquals("西宁", ss.get(0).location());
    }

    @Test
    void aMarkedDocumentStillToBeSignedIsNoSigning() {
        assertTrue(signings(run("《南宁市与波尔图市结为友城协议书》将于明年签署。", "2031-06-22")).isEmpty());
    }

    @Test
    void aMarkedDocumentSignedSinceOrYearsAgoIsNoSigning() {
        assertTrue(signings(run("自《南宁市与波尔图市结为友城协议书》签署以来,两市往来不断。", "2031-06-22")).isEmpty());
        assertTrue(signings(run("今年是《南宁市与波尔图市结为友城协议书》签署20周年。", "2031-06-22")).isEmpty());
    }
}
