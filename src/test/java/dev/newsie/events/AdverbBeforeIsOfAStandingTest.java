package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 甲正是乙的友好城市, 甲也是乙的友好城市: an adverb before 是 leaves the standing stated (made-up reports). */
class AdverbBeforeIsOfAStandingTest {
    @Test
    void zhengShi() {
        EventExtractor.Result r = run("来自日本的嘉宾介绍,他所在的松本市正是襄阳的友好城市。", "2023-05-10");
        assertTrue(relationKeys(r).contains("松本-襄阳@null"), relationKeys(r).toString());
    }

    @Test
    void yeShi() {
        EventExtractor.Result r = run("会上发言的松本市也是烟台的友好城市。", "2023-05-10");
        assertTrue(relationKeys(r).contains("松本-烟台@null"), relationKeys(r).toString());
    }
}
