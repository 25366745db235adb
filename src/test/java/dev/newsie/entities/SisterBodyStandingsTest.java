package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences where a partner body's standing towards the reporting one (姐妹会, 本会姐妹会, 友城 with the
 * partner's country) is written right before the body's name: the name starts with the partner's place.
 */
class SisterBodyStandingsTest {

    @Test
    void aSisterCouncilWordBeforeTheCouncil() {
        Set<String> e = MadeUpSentences.entityKeys("姐妹会丰桥市议会访团拜会临江市议会。");
        assertTrue(e.contains("ORGANIZATION 丰桥市议会"), e.toString());
        assertFalse(e.stream().anyMatch(k -> k.contains("姐妹会")), e.toString());
    }

    @Test
    void theReportingBodysOwnWordAndThePartnersCountryBeforeIt() {
        Set<String> e = MadeUpSentences.entityKeys("本会姐妹会日本丰桥市议会访问团拜会临江市议会。");
        assertTrue(e.contains("ORGANIZATION 丰桥市议会"), e.toString());
        assertFalse(e.stream().anyMatch(k -> k.contains("本会")), e.toString());
    }
}
