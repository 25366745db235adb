package dev.newsie.events;

import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up reports: a clause with no subject that opens with a verb of going or attending (,参加乙论坛; ,出访甲市参加乙论坛)
 * chains its act to the clause before, and shares that clause's plan (将于下月出访).
 */
class SerialClauseSharesThePlanTest {
    private final ForumSentences sentences = new ForumSentences(EventLexicon.load());

    @Test
    void attendingAfterAPlannedVisitIsPlanned() {
        assertFalse(sentences.reportsHeld("烟台市长将于下月出访松本,参加2026松本城市发展论坛。"));
        assertFalse(sentences.reportsHeld("烟台市长将率团于下月5日,出访松本参加2026松本城市发展论坛。"));
    }

    @Test
    void attendingAfterAVisitMadeIsReported() {
        assertTrue(sentences.reportsHeld("烟台市长昨日出访松本,参加2026松本城市发展论坛。"));
    }

    @Test
    void aPlannedTripReportsNoForum() {
        String text = "烟台市政府宣布,市长将于下月5日至7日出访松本,参加2026松本城市发展论坛,主题为“城市与未来”。";
        assertEquals(0, ofType(run(text, "2026-03-01"), EventType.FORUM).size());
    }
}
