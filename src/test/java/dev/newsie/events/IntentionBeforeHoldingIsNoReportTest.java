package dev.newsie.events;

import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up reports: a holding verb governed by a verb of agreeing, deciding, hoping or bidding (同意举办, 决定…举办,
 * 研议…举办, 期待在甲市举行) tells an intention, and 将 followed by an adverb (将分别在, 将继续举办) plans as 将在 does:
 * neither reports the forum held.
 */
class IntentionBeforeHoldingIsNoReportTest {
    private final ForumSentences sentences = new ForumSentences(EventLexicon.load());

    @Test
    void agreeingOrDecidingToHoldIsNoReport() {
        assertFalse(sentences.reportsHeld("经多次协商,烟台与松本双方同意举办2026松本城市发展论坛。"));
        assertFalse(sentences.reportsHeld("两市决定今年论坛恢复为线下会议,并在松本举办。"));
        assertFalse(sentences.reportsHeld("松本市政府表示,未来研议常态性举办该论坛。"));
        assertFalse(sentences.reportsHeld("市长表示,期待下一届论坛在襄阳举行。"));
    }

    @Test
    void anAdverbAfterJiangStillPlans() {
        assertFalse(sentences.reportsHeld("六场主题论坛将分别在烟台、襄阳、松本、南京、苏州及无锡举办。"));
        assertFalse(sentences.reportsHeld("松本市今后也将继续在松本城市会议中心大礼堂举办城市发展论坛。"));
    }

    @Test
    void aForumHeldIsStillReported() {
        assertTrue(sentences.reportsHeld("2026松本城市发展论坛昨日在松本举行。"));
        assertTrue(sentences.reportsHeld("三场主题论坛分别在烟台、襄阳及松本举办。"));
    }

    @Test
    void aForumTheCitiesAgreedToHoldIsNoEvent() {
        String text = "松本市政府昨日宣布,经与烟台市多次协商,双方同意举办2026松本城市发展论坛,主题为“城市与未来”。";
        assertEquals(0, ofType(run(text, "2026-03-01"), EventType.FORUM).size());
    }
}
