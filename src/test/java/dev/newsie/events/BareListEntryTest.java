package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BareListEntryTest {
    @Test
    void aChineseNameOpensWithAFamilyName() {
        assertTrue(BareListEntry.hasSurname("王明"));
        assertTrue(BareListEntry.hasSurname("欧阳明华"));
    }

    @Test
    void aShortLineOfOtherWordsIsNoName() {
        assertFalse(BareListEntry.hasSurname("阅读更多"));
    }
}
