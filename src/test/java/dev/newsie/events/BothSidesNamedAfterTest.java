package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 两市/双方 summing up the two sides of a twinning, in made-up sentences with swapped names: named only in the next
 * sentence (the start goes to the one pair stated there), and with years counted roughly (N多年: a pair, no start).
 */
class BothSidesNamedAfterTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2024-06-12"));
    }

    @Test
    void sidesNamedInTheNextSentence() {
        Set<String> r = relations("两市于1996年正式结为友好城市。此次来访的是九江市的友好城市佩奇市代表团,一行参观了陶瓷企业。");
        assertTrue(r.contains("九江-佩奇@1996"), r.toString());
    }

    @Test
    void noStartForAPairTheNextSentenceDoesNotState() {
        Set<String> r = relations("两市于1996年正式结为友好城市。九江市市长会见了匈牙利客人,双方就陶瓷合作交换意见。");
        assertFalse(r.stream().anyMatch(k -> k.endsWith("@1996")), r.toString());
    }

    @Test
    void yearsCountedRoughly() {
        Set<String> r = relations("九江市副市长会见了匈牙利佩奇市代表团。双方回顾了两市结好20多年来的交流成果。");
        assertTrue(r.contains("九江-佩奇@null"), r.toString());
    }
}
