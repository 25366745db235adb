package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up announcements: a forum hoped for (希于), agreed or decided on (双方同意举办), put at a time still ahead
 * without 将 (月底举行, 明日登场), or announced for a day after the page's and then mentioned again as if held,
 * is a forum to come, not one reported held (GOLD.md §7).
 */
class AnnouncedForumIsNoForumHeldTest {
    private final ForumSentences sentences = new ForumSentences(EventLexicon.load());

    @Test
    void aHopeOrADecisionToHoldIsAPlan() {
        assertFalse(sentences.reportsHeld("经两市商定,2025烟台襄阳城市论坛希于12月17日在烟台举办。"));
        assertFalse(sentences.reportsHeld("经多次协商,双方同意举办烟台襄阳城市论坛。"));
        assertFalse(sentences.reportsHeld("各方最后达成一致意见,确定了大会于10月在烟台举办。"));
        assertTrue(sentences.reportsHeld("经两市商定,2025烟台襄阳城市论坛于12月17日在烟台举办。"));
    }

    @Test
    void aTimeAheadWithoutJiangIsAPlan() {
        assertFalse(sentences.reportsHeld("烟台国际友城大会月底举行"));
        assertFalse(sentences.reportsHeld("烟台国际友城大会明日登场"));
        assertTrue(sentences.reportsHeld("烟台国际友城大会上月底举行"));
        assertTrue(sentences.reportsHeld("本届论坛虽延后至年底举行,但最终顺利登场"));
    }

    @Test
    void aForumAnnouncedForALaterDayIsNotHeldWhenMentionedAgain() {
        String announced = "第3届烟台襄阳论坛17日登场\n\n记者4日获悉,第3届烟台襄阳论坛将于17日在烟台登场。"
                + "今年是市长上任后首次在烟台举办的烟台襄阳论坛,别具意义。";
        assertEquals(0, ofType(run(announced, "2024-12-04"), EventType.FORUM).size());
        String held = "第3届烟台襄阳论坛3日登场\n\n记者4日获悉,第3届烟台襄阳论坛3日在烟台登场。"
                + "今年是市长上任后首次在烟台举办的烟台襄阳论坛,别具意义。";
        List<Event> fs = ofType(run(held, "2024-12-04"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
    }
}
