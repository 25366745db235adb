package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences: a quoted standing of a sister city right before a body's name (訪問「姊妹城市」某市政府) is no
 * opening of the name; a quoted phrase that is no standing still opens it.
 */
class QuotedTwinningStandingTest {
    @Test
    void aQuotedStandingBeforeACityGovernmentIsNotPartOfItsName() {
        Set<String> e = MadeUpSentences.entityKeys("宜蘭縣長林大同3日率團訪問「姊妹城市」堤川市政府,堤川市長金大中熱情迎接。");
        assertTrue(e.contains("ORGANIZATION 堤川市政府"), e.toString());
        assertFalse(e.stream().anyMatch(x -> x.contains("姊妹城市堤川")), e.toString());
        e = MadeUpSentences.entityKeys("烟台市代表团拜会“友好城市”松本市议会。");
        assertTrue(e.contains("ORGANIZATION 松本市议会"), e.toString());
    }

    @Test
    void onlyAStandingIsSetApart() {
        assertTrue(QuotedTwinningStanding.isStanding("姊妹城市"));
        assertTrue(QuotedTwinningStanding.isStanding("友谊市"));
        assertFalse(QuotedTwinningStanding.isStanding("一带一路"));
    }
}
