package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Honours in brackets after their recipients, with either bracket, and none in a sentence without brackets. */
class AwardNamesTest {
    private final AwardNames names = new AwardNames(EventLexicon.load());

    @Test
    void anHonourInHalfOrFullWidthBracketsIsFoundAndASentenceWithoutBracketsHasNone() {
        List<AwardNames.BracketedHonour> full = names.bracketedHonours("甲某、乙某（友谊勋章）");
        assertEquals(List.of(new AwardNames.BracketedHonour("友谊勋章", 0, 5)), full);
        List<AwardNames.BracketedHonour> half = names.bracketedHonours("甲某、乙某(友谊勋章)");
        assertEquals(List.of(new AwardNames.BracketedHonour("友谊勋章", 0, 5)), half);
        assertEquals(List.of(), names.bracketedHonours("甲某、乙某友谊勋章"));
    }
}
