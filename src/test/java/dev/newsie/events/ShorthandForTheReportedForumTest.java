package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 出席发展论坛的嘉宾: a short name ending the reported forum's name is its shorthand, not a forum (made-up report). */
class ShorthandForTheReportedForumTest {
    @Test
    void theTailOfTheReportedNameIsTheSameForum() {
        List<Event> fs = ofType(run("本报讯 9日,2026白州港口城市发展论坛在白州举行。论坛开始前,白州市长与出席发展论坛的嘉宾进行了会晤。",
                "2026-04-10"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
    }

    @Test
    void aTailWithAnEditionOfItsOwnIsAnotherForum() {
        List<Event> fs = ofType(run("本报讯 9日,2026白州港口城市发展论坛在白州举行。2024年,首届城市发展论坛在青河举行。",
                "2026-04-10"), EventType.FORUM);
        assertEquals(2, fs.size(), fs.toString());
    }
}
