package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 落幕 (Taiwan's usage) and 落下帷幕 close a forum as 闭幕 does: a forum of N days closing on a day ran the N-1 days
 * before it and that day; one sentence that opens and closes it gives both days (made-up reports).
 */
class WordsForClosingEndAForumsSpanTest {
    private static Event only(String text, String published) {
        List<Event> fs = ofType(run(text, published), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        return fs.get(0);
    }

    @Test
    void aTaiwanForumThatCloses落幕() {
        Event f = only("为期两天的2026国际古镇论坛今日(14日)落幕，来自9国的城市代表参与。", "2026-03-14");
        assertEquals("2026-03-13", f.start());
        assertEquals("2026-03-14", f.end());
    }

    @Test
    void aMainlandForumThatCloses落下帷幕() {
        Event f = only("为期三天的第五届青川国际山地城市大会16日在青川落下帷幕。", "2026-03-17");
        assertEquals("2026-03-14", f.start());
        assertEquals("2026-03-16", f.end());
    }

    @Test
    void openedAndClosedInOneSentence() {
        Event f = only("第五届青川国际山地城市大会于14日在青川开幕，16日落下帷幕。", "2026-03-17");
        assertEquals("2026-03-14", f.start());
        assertEquals("2026-03-16", f.end());
        f = only("为期两天的第五届青川国际山地城市大会14日在青川开幕并落下帷幕前发布了倡议。", "2026-03-17");
        assertEquals("2026-03-14", f.start());
    }
}
