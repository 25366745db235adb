package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a chain of places does not run on through a verb of going into the next place. */
class ChainStopsAtVerbsOfGoingTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.placeKeys(text);
    }

    @Test
    void aDelegationGoingToADistrictIsNoPlaceName() {
        Set<String> k = keys("美国俄勒冈州比弗顿市代表团到番禺区参观考察。");
        assertTrue(k.stream().noneMatch(n -> n.contains("代表团")), k.toString());
        assertTrue(k.contains("CITY 番禺"), k.toString());
    }

}
