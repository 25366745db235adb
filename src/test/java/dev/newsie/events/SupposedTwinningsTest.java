package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A twinning under a condition (如果, 倘若, 如能) has not happened: no signing (made-up reports). */
class SupposedTwinningsTest {
    @Test
    void aTwinningUnderAConditionIsNoSigning() {
        assertTrue(signings(run("白河市长林志明表示,与台南市如果缔结姊妹市,对观光大有帮助。", "2022-05-10")).isEmpty());
    }

    @Test
    void aTwinningToldOutrightIsStillASigning() {
        assertEquals(1, signings(run("白河市长林志明与台南市长黄大明今天签署姊妹市协定。", "2022-05-10")).size());
    }
}
