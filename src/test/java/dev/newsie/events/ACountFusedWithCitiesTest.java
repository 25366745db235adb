package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** 来自7个国家15城市的代表: a count in digits fused with 城市, with no classifier, counts the cities (made-up reports). */
class ACountFusedWithCitiesTest {
    @Test
    void theFusedCountIsTheCities() {
        List<Event> fs = ofType(run("本报讯 11日,2026白州国际友城论坛在白州开幕,来自7个国家15城市的50余名代表参会。", "2026-04-12"),
                EventType.FORUM);
        assertEquals(15, fs.get(0).cities(), fs.toString());
    }

    @Test
    void aCityClusterIsNoCount() {
        List<Event> fs = ofType(run("本报讯 11日,2026白州国际友城论坛在白州开幕,青河地区9城市群的代表参会。", "2026-04-12"),
                EventType.FORUM);
        assertNull(fs.get(0).cities(), fs.toString());
    }
}
