package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up reports: two lists of places facing each other across one 同/与, 分别 left out, are paired in order. */
class ListsFacingEachOtherTest {
    @Test
    void twoListsOfTheSameLengthArePairedInOrder() {
        List<dev.newsie.model.Event> ss = signings(run(
                "论坛活动上,张掖市、武威市同蒙古国科伦多市、塔尔班市签订结好协议书。", "2025-06-08"));
        Set<Set<String>> pairs = partySets(ss);
        assertTrue(pairs.contains(Set.of("张掖", "科伦多")), pairs.toString());
        assertTrue(pairs.contains(Set.of("武威", "塔尔班")), pairs.toString());
        assertEquals(2, pairs.size(), pairs.toString());
    }

    @Test
    void oneSideWithAListStillSignsWithEach() {
        Set<Set<String>> pairs = partySets(signings(run(
                "会上,武威市同蒙古国科伦多市、塔尔班市签订结好协议书。", "2025-06-08")));
        assertTrue(pairs.contains(Set.of("武威", "科伦多")), pairs.toString());
        assertTrue(pairs.contains(Set.of("武威", "塔尔班")), pairs.toString());
    }
}
