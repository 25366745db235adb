package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: lists of sister cities set a space between a country and its place, which stays in the country. */
class SpacedChainsTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.placeKeys(text);
    }

    @Test
    void aPlaceAfterACountryAndASpaceIsInThatCountry() {
        Candidate c = MadeUpSentences.placeCandidates("印度 斋浦尔市代表团来访。").stream()
                .filter(x -> x.name().equals("斋浦尔")).findFirst().orElseThrow();
        assertTrue("印度".equals(c.country()), c.toString());
    }

}
