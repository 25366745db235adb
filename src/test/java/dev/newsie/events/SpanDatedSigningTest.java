package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up reports: a signing told within a span of days is dated only as precisely as the span allows. */
class SpanDatedSigningTest {
    @Test
    void aSpanWithinOneMonthDatesTheSigningToTheMonth() {
        String r = "丽水市长访问富士宫\n\n5月12日至14日,丽水市市长王建明率团访问日本富士宫市,两市签订了文化交流合作意向书。\n";
        List<Event> ss = MadeUpReports.signings(MadeUpReports.run(r, "2023-05-16"));
        assertTrue(ss.stream().anyMatch(e -> "2023-05".equals(e.date())), ss.toString());
    }
}
