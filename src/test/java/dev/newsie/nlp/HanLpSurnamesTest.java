package dev.newsie.nlp;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HanLpSurnamesTest {
    @Test
    void rarerFamilyNamesAreKnownButCharactersThatOnlyStartNamesByChanceAreNot() {
        Set<String> s = HanLpSurnames.characters();
        assertTrue(s.contains("尤") && s.contains("傅") && s.contains("王"), "common and rarer family names");
        assertFalse(s.contains("友") || s.contains("的") || s.contains("在"), "ordinary characters");
    }
}
