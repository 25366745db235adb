package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Made-up previews: a page whose lead reports a press conference introduces a forum to come, even when its later
 * sentences word the forum as held and the page has no date to compare with (GOLD.md §7: planned events are not
 * events). A results release (成果发布会) tells of a forum held.
 */
class APressConferencesForumIsStillToComeTest {

    @Test
    void aForumIntroducedAtAPressConferenceIsNotHeld() {
        String preview = "松本友城周筹备就绪\n\n11月3日下午,记者从松本市外办新闻发布会获悉,松本将于本月20日办友城周。"
                + "本次松本襄阳双城论坛有来自12个国家的20个城市代表参加。"
                + "松本襄阳双城论坛在松本会展馆举行。";
        assertEquals(0, ofType(run(preview, null), EventType.FORUM).size());
        String dated = "松本友城周筹备就绪\n\n10月4日下午,松本市外办召开新闻发布会,介绍筹备情况。"
                + "松本襄阳双城论坛10月15日至20日在松本、襄阳举行。";
        assertEquals(0, ofType(run(dated, null), EventType.FORUM).size());
    }

    @Test
    void aForumReportedHeldBeforeAResultsReleaseIsHeld() {
        String held = "松本双城论坛闭幕\n\n11月3日,松本襄阳双城论坛在松本举行,来自12个国家的代表参加。"
                + "论坛当天还有成果发布会,发布了5个项目。";
        List<Event> fs = ofType(run(held, null), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        String issued = "松本双城论坛闭幕\n\n11月3日,松本襄阳双城论坛在松本举行,来自12个国家的代表参加。"
                + "闭幕当天,论坛还发布会议成果文件《松本倡议》,呼吁加强合作。";
        assertFalse(ofType(run(issued, null), EventType.FORUM).isEmpty()); // 发布 before 会议 is no press conference
    }
}
