package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The partner nouns a list implies: a head before two level words, and two tiers joined (made-up lists). */
class StandingsImpliedByTheirNounsTest {
    private static final List<Character> LEVELS = List.of('市', '省', '县', '区');

    @Test
    void aHeadWrittenBeforeOneLevelTakesTwoDifferentLevels() {
        List<String> out = PartnerNouns.twoLevelStandings(List.of("姊妹县", "友好城市"), LEVELS);
        assertTrue(out.containsAll(List.of("姊妹省县", "姊妹区市", "姊妹县省")), out.toString());
        assertFalse(out.contains("姊妹市市"), out.toString()); // one level twice names no pair of levels
        assertFalse(out.stream().anyMatch(n -> n.startsWith("友好")), out.toString()); // 友好城市 ends in no level word
    }

    @Test
    void twoTiersOfOneStandingAreJoinedInEitherOrder() {
        List<String> out = PartnerNouns.joinedTiers(List.of("友好城市", "友好交流城市", "友好合作城市"));
        assertTrue(out.containsAll(List.of("友好交流合作城市", "友好合作交流城市")), out.toString());
        assertTrue(PartnerNouns.joinedTiers(List.of("友好城市", "友好交流城市")).isEmpty()); // one tier joins nothing
    }

    @Test
    void theSharedListHoldsTheImpliedNouns() {
        assertTrue(PartnerNouns.WORDS.containsAll(List.of("友好省州", "友好区市", "姐妹省县", "友好合作交流城市")));
    }
}
