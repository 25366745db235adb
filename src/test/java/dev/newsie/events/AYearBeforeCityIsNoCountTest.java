package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** 2026城市更新论坛: a year fused with 城市 at the head of a forum's name counts no cities (made-up reports). */
class AYearBeforeCityIsNoCountTest {
    @Test
    void theEditionsYearIsNoCountOfCities() {
        List<Event> fs = ofType(run("2026城市更新国际研讨会9日在青川举行，来自8个国家的40余位学者参加。", "2026-04-10"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertNull(fs.get(0).cities(), fs.toString());
        assertEquals(8, fs.get(0).countries());
    }

    @Test
    void aFusedCountOfCitiesIsStillRead() {
        List<Event> fs = ofType(run("2026白沙国际友城论坛9日在白沙举行，来自8个国家12城市的代表参加。", "2026-04-10"), EventType.FORUM);
        assertEquals(12, fs.get(0).cities(), fs.toString());
    }
}
