package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A name that opens a bracket and leaves it open has run into the bracket's gloss. */
class UnclosedBracketsTest {
    @Test
    void aBracketLeftOpenIsARunOn() {
        assertTrue(UnclosedBrackets.opensOne("文化和旅游部(国家文物局"));
        assertTrue(UnclosedBrackets.opensOne("某某协会（筹"));
    }

    @Test
    void aRunOnIsCutBeforeItsBracket() {
        Candidate c = new Candidate(3, 15, dev.newsie.model.EntityType.ORGANIZATION, "文化和旅游部(国家文物局", null, Candidate.Source.PATTERN);
        org.junit.jupiter.api.Assertions.assertEquals("文化和旅游部", UnclosedBrackets.beforeTheBracket(c, n -> n.endsWith("部")).name());
        org.junit.jupiter.api.Assertions.assertNull(UnclosedBrackets.beforeTheBracket(c, n -> false));
    }

    @Test
    void aClosedBracketOrNoneIsNoRunOn() {
        assertFalse(UnclosedBrackets.opensOne("青河科技(白岭)有限公司"));
        assertFalse(UnclosedBrackets.opensOne("青河市外事办公室"));
    }
}
