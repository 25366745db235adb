package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up reports: a twinning counted years back in its own clause (继七年前缔结友好城市) is the pair's standing since
 * that year, not a second act beside the memorandum the report tells.
 */
class YearsAgoTwinningIsBackgroundTest {
    @Test
    void aTwinningSomeYearsAgoIsARelationSinceThatYear() {
        EventExtractor.Result r = MadeUpReports.run("""
                福山区与松本市签署备忘录

                烟台市福山区与日本长野县松本市都以樱花闻名，继七年前缔结友好城市，16日双方正式签署交流合作备忘录。
                """, "2025-12-16");
        List<Event> s = MadeUpReports.signings(r);
        assertEquals(1, s.size(), s.toString());
        assertEquals("MEMORANDUM", s.get(0).agreement());
        assertEquals("2025-12-16", s.get(0).date());
        assertEquals(1, r.relations().size(), r.relations().toString());
        assertEquals("2018", r.relations().get(0).since());
    }

    @Test
    void aYearWrittenInFullBeforeQianIsNoCountOfYearsBack() {
        assertEquals(null, SigningBackground.yearsAgo("两市2008年前缔结友好城市", new int[]{11, 13}));
        assertEquals(7, SigningBackground.yearsAgo("继七年前缔结友好城市", new int[]{5, 7}));
        assertEquals(null, SigningBackground.yearsAgo("十年前后缔结友好城市", new int[]{5, 7}));
    }
}
