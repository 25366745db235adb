package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backoff for signings no pair pattern reads: the sides the verb's clause names (made-up reports). */
class ClauseSidesSigningTest {
    @Test
    void twoSignersWithTheirPlacesBeforeACommaAreTheSides() {
        String text = "图为柘城县副县长王明(左二)与美国加利福尼亚州欧文市市长李强(右二),在仪式上签订友好交流协议书。";
        List<Event> ss = signings(run(text, "2022-07-03"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(Set.of("柘城", "欧文"), Set.copyOf(ss.get(0).parties()));
    }

    @Test
    void aSigningSpokenOfWithPleasureIsNoSigning() {
        String text = "他在讲话中说,欧文市民众乐见与柘城县缔结友好城市关系,盼两地多往来。";
        assertTrue(signings(run(text, "2022-07-03")).isEmpty());
    }
}
