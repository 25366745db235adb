package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a place first named with its suffix is the same place named bare beside a coordinator. */
class PartnersNamedBareTest {
    private static long mentionsOf(String text, String name) {
        List<Candidate> found = MadeUpSentences.placeCandidates(text);
        return found.stream().filter(c -> c.name().equals(name)).count();
    }

    @Test
    void aTwoCharacterStemNamedAgainBesideAConjunctionIsThePlace() {
        assertEquals(2, mentionsOf("日本米泽市代表团来访。衡水与米泽于1996年结为友好城市。", "米泽"));
    }

    @Test
    void aOneCharacterStemKeepsItsSuffixWhenNamedAgain() {
        assertEquals(2, mentionsOf("日本三重县津市市长来访。衡水与津市于1983年结为友好城市。", "津市"));
    }

    @Test
    void aStemInsideAPhraseWithoutACoordinatorIsNoMention() {
        assertTrue(mentionsOf("日本米泽市代表团来访。米泽牛肉很有名。", "米泽") <= 1);
    }

    @Test
    void aListedForeignStemWithItsSuffixBesideAConjunctionIsAPlaceWhateverTheSegmenterReads() {
        assertEquals(1, mentionsOf("邢台市与八代市于2001年结为友好城市,两市交流不断。", "八代"));
    }

    @Test
    void aStemBeforeAnAdverbOfTheTwinningFrameIsThePlace() {
        assertEquals(2, mentionsOf("日本米泽市代表团来访。衡水与米泽正式签署两地结好协定书。", "米泽"));
        assertEquals(2, mentionsOf("日本米泽市代表团来访。衡水与米泽成功缔盟。", "米泽"));
    }

    @Test
    void aStemAfterThePairsDashIsThePlace() {
        assertEquals(2, mentionsOf("日本米泽市代表团来访。衡水—米泽结好协定书签字仪式举行。", "米泽"));
    }
}
