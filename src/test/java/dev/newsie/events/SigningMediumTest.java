package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up signings held by video: how the signing was held, said before 与, is no part of either side. */
class SigningMediumTest {
    @Test
    void aVideoLinkBeforeThePartnerKeepsThePair() {
        Set<Set<String>> p = partySets(signings(run("竹北市今日透过视讯与日本滑川市缔结为姐妹市。", "2022-05-10")));
        assertTrue(p.contains(Set.of("竹北", "滑川")), p.toString() + entities("竹北市今日透过视讯与日本滑川市缔结为姐妹市。"));
    }

    @Test
    void aVideoFormBeforeThePartnerKeepsThePair() {
        Set<Set<String>> p = partySets(signings(run("竹北市公所昨日以视频方式与日本滑川市签署友好交流协定。", "2022-05-10")));
        assertTrue(p.contains(Set.of("竹北", "滑川")), p.toString());
    }
}
