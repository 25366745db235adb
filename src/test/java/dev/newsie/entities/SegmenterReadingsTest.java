package dev.newsie.entities;

import dev.newsie.nlp.Token;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up token readings around a place that starts at offset 5 and ends at 7. */
class SegmenterReadingsTest {
    @Test
    void aPrepositionReadIntoThePlaceAfterItIsNoWordCrossingThePlace() {
        assertTrue(SegmenterReadings.prepositionReadAsName(new Token(4, 7, "于甲乙", "ns"), 5, 7));
        assertTrue(SegmenterReadings.prepositionReadAsName(new Token(4, 6, "向甲", "nr"), 5, 7));
        assertTrue(SegmenterReadings.segmentedAsName(java.util.List.of(new Token(4, 7, "和甲乙", "ns")), 5, 7, true, false));
    }

    @Test
    void aFamilyNameOrAWordRunningOutOfThePlaceStillCrossesIt() {
        assertFalse(SegmenterReadings.prepositionReadAsName(new Token(4, 6, "李甲", "nr"), 5, 7)); // a person 李甲
        assertFalse(SegmenterReadings.prepositionReadAsName(new Token(4, 8, "于甲乙港", "ns"), 5, 7)); // runs past the place
        assertFalse(SegmenterReadings.prepositionReadAsName(new Token(4, 6, "向甲", "v"), 5, 7)); // no name reading
        assertFalse(SegmenterReadings.segmentedAsName(java.util.List.of(new Token(4, 6, "李甲", "nr")), 5, 7, true, false));
    }
}
