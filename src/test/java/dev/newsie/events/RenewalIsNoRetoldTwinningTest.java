package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.run;
import static dev.newsie.events.MadeUpReports.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document renewing or reaffirming a twinning (《重申…协定书》, 续签…协议) presupposes it, so the twinning told beside it
 * with a year of its own is the first act, not the renewal told again — also on a page with no date, where the
 * renewal's day gives no date of its own (made-up report).
 */
class RenewalIsNoRetoldTwinningTest {
    @Test
    void theReaffirmingDocumentAndTheFirstTwinningAreTwoSignings() {
        String text = "嘉义与西雅图重申姊妹关系\n\n嘉义市长15日与美国西雅图市长在嘉义签署《重申姊妹关系协定书》。市长在会上说,嘉义市早在1983年就跟西雅图有签姊妹市。";
        List<Event> ss = signings(run(text, null));
        assertEquals(2, ss.size(), ss.toString());
        Event renewal = ss.stream().filter(e -> e.title() != null && e.title().contains("重申")).findFirst().orElseThrow();
        assertNull(renewal.date(), ss.toString());
        assertTrue(ss.stream().anyMatch(e -> "1983".equals(e.date()) && e.title() == null), ss.toString());
    }
}
