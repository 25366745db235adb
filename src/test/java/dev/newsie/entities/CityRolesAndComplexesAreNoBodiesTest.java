package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences where a place opens a word ending in 中心 that is a city's planned role (城市副中心, 旅游休闲中心)
 * or a building complex (国际中心, 城中心): a venue or a role, no organisation (GOLD.md §2).
 */
class CityRolesAndComplexesAreNoBodiesTest {

    @Test
    void aCitysPlannedRoleIsNoBody() {
        Set<String> e = MadeUpSentences.entityKeys("烟台市长在烟台城市副中心会见了松本市代表团，介绍了襄阳建设旅游休闲中心的经验。");
        assertFalse(e.stream().anyMatch(k -> k.startsWith("ORGANIZATION") && k.endsWith("副中心")), e.toString());
    }

    @Test
    void aBuildingComplexIsNoBody() {
        Set<String> e = MadeUpSentences.entityKeys("代表们下午走进维也纳国际中心，晚上参观了松本城中心。");
        assertFalse(e.stream().anyMatch(k -> k.startsWith("ORGANIZATION") && k.endsWith("国际中心")), e.toString());
        assertFalse(e.stream().anyMatch(k -> k.startsWith("ORGANIZATION") && k.endsWith("城中心")), e.toString());
    }

    @Test
    void aPlaceOpenedExchangeCentreIsStillABody() {
        Set<String> e = MadeUpSentences.entityKeys("烟台市外办与松本市国际交流中心签署了合作备忘录。");
        assertTrue(e.stream().anyMatch(k -> k.startsWith("ORGANIZATION") && k.endsWith("国际交流中心")), e.toString());
    }
}
