package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up reports of forums held by video or online, which take place in no city. */
class OnlineSessionsTest {
    private static final ForumExtractor FORUMS = new ForumExtractor(EventLexicon.load(), names());

    private static List<Event> run(String text, String published) {
        return FORUMS.extract(new DocumentContext(text, published, entities(text))).stream().map(f -> f.b.build()).toList();
    }

    @Test
    void sessionsHeldByVideoOrOnline() {
        assertTrue(OnlineSessions.heldOnline("青河友城论坛29日以视频方式召开。"));
        assertTrue(OnlineSessions.heldOnline("第三届白水论坛在线上举行。"));
        assertTrue(OnlineSessions.heldOnline("论坛首次采用视频方式举办。"));
        assertTrue(OnlineSessions.heldOnline("青河友城論壇29日以線上方式舉行。")); // Traditional script
        assertTrue(OnlineSessions.heldOnline("青河友城論壇29日透過視訊方式舉行。")); // 透过视讯: the Traditional script's own words
        assertFalse(OnlineSessions.heldOnline("青河友城论坛以线上线下相结合的方式举行。"));
        assertFalse(OnlineSessions.heldOnline("青河友城论坛在青河举行。"));
    }

    @Test
    void aForumHeldOnlineGetsNoCityFromItsHosts() {
        String text = "新华社青河6月29日电 2031青河友城论坛29日以视频方式召开。论坛由青河市人民政府主办。";
        Event f = run(text, "2031-06-29").get(0);
        assertEquals("2031-06-29", f.date());
        assertNull(f.location());
    }

    @Test
    void aForumHeldInAHallKeepsItsCity() {
        String text = "新华社青河6月29日电 2031青河友城论坛29日举行。论坛由青河市人民政府主办。";
        Event f = run(text, "2031-06-29").get(0);
        assertEquals("青河", f.location());
    }

    @Test
    void aQuotedMediumAndARemoteLinkHoldTheSessionOnline() {
        assertTrue(OnlineSessions.heldOnline("签约仪式通过“云端”连线方式举行。"));
        assertTrue(OnlineSessions.heldOnline("甲市与乙市“云端”连线,共同举办结好庆典。"));
        assertFalse(OnlineSessions.heldOnline("甲市与乙市“云端”连线,以线上线下相结合方式举办结好庆典。"));
    }

    @Test
    void aSpeechGivenByVideoHoldsNoSessionOnline() {
        assertFalse(OnlineSessions.heldOnline("乙市市长以视频方式进行致辞。"));
        assertTrue(OnlineSessions.heldOnline("签约以视频方式进行。"));
    }
}
