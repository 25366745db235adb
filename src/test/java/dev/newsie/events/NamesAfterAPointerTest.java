package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 本次市长论坛, 该青年论坛: a name after a word pointing back names the forum being reported (made-up reports). */
class NamesAfterAPointerTest {
    @Test
    void aShortNameAfter本次IsTheReportedForum() {
        List<Event> fs = ofType(run("本报讯 9日,2026白州国际友好城市市长论坛在白州举行。本次市长论坛吸引了15个国家的代表参加。", "2026-04-10"),
                EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(15, fs.get(0).countries(), fs.toString());
    }

    @Test
    void anEarlierEditionIsStillAForumOfItsOwn() {
        List<Event> fs = ofType(run("本报讯 9日,2026白州国际友好城市市长论坛在白州举行。2024年,首届青河市长论坛在青河举办。", "2026-04-10"),
                EventType.FORUM);
        assertEquals(2, fs.size(), fs.toString());
    }
}
