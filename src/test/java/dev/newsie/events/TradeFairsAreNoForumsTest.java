package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 洽谈会, a trade fair or matchmaking session, is no forum (GOLD.md §3), like 博览会 (made-up report). */
class TradeFairsAreNoForumsTest {
    @Test
    void aTradeFairHeldIsNoForum() {
        List<Event> fs = ofType(run("本报讯 9日,第十届白州国际投资贸易洽谈会在白州开幕,来自30个国家的客商参会。", "2026-04-10"), EventType.FORUM);
        assertTrue(fs.isEmpty(), fs.toString());
    }
}
