package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up reports: a delegation's visit told as 对甲进行(友好)访问 places the signing made during it there. */
class VisitToldWithDuiTest {
    @Test
    void theSigningDuringTheVisitIsAtThePlaceVisited() {
        String r = "丽水市长访问富士宫\n\n5月12日,丽水市市长王建明率政府代表团对日本富士宫市进行友好访问,两市签订了文化交流合作意向书。\n";
        List<Event> ss = MadeUpReports.signings(MadeUpReports.run(r, "2023-05-14"));
        assertTrue(ss.stream().anyMatch(e -> "富士宫".equals(e.location())), ss.toString());
    }
}
