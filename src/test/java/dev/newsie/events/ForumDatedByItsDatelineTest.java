package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Backoff: a report filed under a dateline tells of that day's forum when it gives the forum no date of its own
 * (made-up reports).
 */
class ForumDatedByItsDatelineTest {
    private static final ForumExtractor FORUMS = new ForumExtractor(EventLexicon.load(), names());

    private static String date(String text) {
        return FORUMS.extract(new DocumentContext(text, "2026-03-09", entities(text))).get(0).b.build().date();
    }

    @Test
    void undatedForumTakesTheDatelinesDay() {
        assertEquals("2026-03-08", date("本报太原3月8日电 第五届白河城市合作论坛在太原开幕,来自12个国家的代表出席。"));
    }

    @Test
    void aForumDatedInItsSentenceKeepsItsDay() {
        assertEquals("2026-03-07", date("本报太原3月8日电 3月7日,第五届白河城市合作论坛在太原开幕。"));
    }

    @Test
    void noDatelineNoDay() {
        assertNull(date("第五届白河城市合作论坛在太原开幕,来自12个国家的代表出席。"));
    }
}
