package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up reports: the partner of a signing is the smallest unit of its chain, even one no gazetteer holds. */
class UnheldUnitBelowTest {
    private static Set<Set<String>> parties(String sentence) {
        String r = "两市结好\n\n" + sentence + "\n";
        return MadeUpReports.partySets(MadeUpReports.signings(MadeUpReports.run(r, "2023-06-10")));
    }

    @Test
    void theCityAfterTheStateSignsNotTheState() {
        Set<Set<String>> p = parties("6月8日,丽水市与美国加利福尼亚州橡树溪市签署缔结友好城市协议书。");
        assertTrue(p.contains(Set.of("丽水", "橡树溪市")), p.toString());
    }

    @Test
    void theDocumentAfterTheStateIsNoUnit() {
        Set<Set<String>> p = parties("6月8日,丽水市与美国加利福尼亚州签署两地友好省县合作协议。");
        assertFalse(p.stream().anyMatch(s -> s.stream().anyMatch(n -> n.contains("签署"))), p.toString());
    }
}
