package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a first-level division of China before a lower level's suffix stays the division. */
class ProvinceBeforeLowerSuffixTest {
    private static final PlaceSuffixRules SUFFIXES = PlaceSuffixRules.load();

    private static Set<String> keys(String text) {
        return MadeUpSentences.placeKeys(text);
    }

    @Test
    void aCollectiveOfLowerLevelsAfterAProvinceLeavesItAProvince() {
        Set<String> k = keys("座谈中,双方谈到了广东县市的农业合作前景。");
        assertTrue(k.contains("PROVINCE 广东"), k.toString());
        assertFalse(k.contains("CITY 广东"), k.toString());
    }

    @Test
    void theGenericRegionAfterAProvinceLeavesItAProvince() {
        Set<String> k = keys("论坛邀请了台湾地区的学者和企业家参加。");
        assertTrue(k.contains("PROVINCE 台湾"), k.toString());
        assertFalse(k.contains("CITY 台湾"), k.toString());
    }

    @Test
    void aWordOpenedByALevelCharacterAfterAProvinceLeavesItAProvince() {
        Set<String> k = keys("展会吸引了不少香港乡亲,新疆乡镇企业也设了展台。");
        assertTrue(k.containsAll(Set.of("PROVINCE 香港", "PROVINCE 新疆")), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.startsWith("CITY")), k.toString());
    }

    @Test
    void aNameListedAsACityToReadsAsThatCity() {
        Set<String> k = keys("代表团先后访问了吉林市和上海市。");
        assertTrue(k.containsAll(Set.of("CITY 吉林", "CITY 上海")), k.toString());
    }

    @Test
    void aDistrictInsideAnotherPlaceKeepsItsOwnSuffix() {
        Set<String> k = keys("代表团访问了韩国釜山市江西区。");
        assertTrue(k.contains("CITY 江西"), k.toString());
        assertFalse(k.contains("PROVINCE 江西"), k.toString());
    }

    @Test
    void onlyAProvinceOfChinaBeforeACitySuffixStays() {
        assertTrue(ProvinceBeforeLowerSuffix.staysProvince("与广东县市", 1, new Place("广东", EntityType.PROVINCE, null, false), null, EntityType.CITY, SUFFIXES));
        assertFalse(ProvinceBeforeLowerSuffix.staysProvince("与广东省", 1, new Place("广东", EntityType.PROVINCE, null, false), null, EntityType.PROVINCE, SUFFIXES));
        assertFalse(ProvinceBeforeLowerSuffix.staysProvince("与甲乙州市", 1, new Place("甲乙", EntityType.PROVINCE, "美国", false), "美国", EntityType.CITY, SUFFIXES));
    }
}
