package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up video signings dated in the partner's time zone, as the Taiwan press writes them. */
class TimeZonesTest {
    @Test
    void aTimeZoneNamedByItsPlaceBeforeTheDayKeepsThePair() {
        Set<Set<String>> p = partySets(signings(run("南投县长许明华于美东时间9日上午与美国波士顿市长凯利透过视讯签署姊妹市协定。", "2023-04-10")));
        assertTrue(p.contains(Set.of("南投", "波士顿")), p.toString());
    }

    @Test
    void aTimeZoneInBracketsAfterTheDayKeepsThePair() {
        Set<Set<String>> p = partySets(signings(run("南投县长许明华9日(美东时间)与美国波士顿市长凯利透过视讯签署姊妹市协定。", "2023-04-10")));
        assertTrue(p.contains(Set.of("南投", "波士顿")), p.toString());
    }
}
