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
        String text = "图:柘城县副县长王明(前右)与美国加利福尼亚州欧文市市长李强(前左),签署合作备忘录并缔结姊妹市。";
        List<Event> ss = signings(run(text, "2022-07-03"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(Set.of("柘城", "欧文"), Set.copyOf(ss.get(0).parties()));
    }

    @Test
    void aSigningSpokenOfWithPleasureIsNoSigning() {
        String text = "他致词指出,欧文市各界乐见与柘城县缔结友好城市,希望未来持续良好互动。";
        assertTrue(signings(run(text, "2022-07-03")).isEmpty());
    }
}
