package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences with a body named after a count of countries, with and without the countries' abbreviations. */
class CountedCountriesUnnamedTest {

    @Test
    void aClippedMentionAfterACountOnlyNamesNoBody() {
        Set<String> e = MadeUpSentences.entityKeys("会见了三国环保联络处副秘书长金大成。");
        assertFalse(e.stream().anyMatch(k -> k.startsWith("ORGANIZATION")), e.toString());
    }

    @Test
    void theFullNameWithTheAbbreviationsStaysOneBody() {
        Set<String> e = MadeUpSentences.entityKeys("中俄蒙三国环保联络处秘书长金大成出席。");
        assertTrue(e.contains("ORGANIZATION 中俄蒙三国环保联络处"), e.toString());
    }
}
