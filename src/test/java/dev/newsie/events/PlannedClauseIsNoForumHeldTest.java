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
 * Made-up reports: a forum named in a clause that only plans it (同期还将举行乙大会), or in a clause joined by 并 to a
 * planned one (预计将发表宣言,并举行签字仪式), or only inside a document's title (《甲论坛宣言》), is not reported held.
 */
class PlannedClauseIsNoForumHeldTest {
    private final ForumSentences sentences = new ForumSentences(EventLexicon.load());

    @Test
    void aSecondForumPlannedBesideOneHeldIsNoForum() {
        String text = "12月6日至8日,2024烟台国际友城论坛在烟台举行,来自20个国家的嘉宾出席,同期还将举行2024襄阳城市创新大会。";
        List<Event> fs = ofType(run(text, "2024-12-07"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("2024烟台国际友城论坛", fs.get(0).name());
    }

    @Test
    void aVerbJoinedByBingToAPlannedClauseIsPlannedToo() {
        assertFalse(sentences.reportsHeld("论坛预计将通过联合声明,并举办两地项目签约活动。"));
        assertTrue(sentences.reportsHeld("论坛昨天通过联合声明,并举办两地项目签约活动。"));
    }

    @Test
    void aForumNamedOnlyInADocumentTitleIsNotHeld() {
        String text = "记者8日获悉,首届烟台国际友城论坛将于下月在烟台举行。论坛预计将发表《首届烟台国际友城论坛烟台宣言》,并举办两地项目签约活动。";
        assertEquals(0, ofType(run(text, "2024-07-08"), EventType.FORUM).size());
        String held = "首届襄阳城市论坛在襄阳开幕,会上发布了《首届烟台国际友城论坛烟台宣言》。";
        List<Event> fs = ofType(run(held, "2024-07-08"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("首届襄阳城市论坛", fs.get(0).name());
    }
}
