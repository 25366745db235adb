package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 城中 is both a district's stem (城中区) and the ordinary "in the city" (烟台城中心, 城中村): bare it names no
 * district, with its suffix it still does (made-up sentences).
 */
class InTheCityIsNoDistrictTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.placeKeys(text);
    }

    @Test
    void theCentreOfACityIsNoDistrict() {
        Set<String> k = keys("广场位于北京城中心位置,人头攒动。");
        assertFalse(k.contains("CITY 城中"), k.toString());
        assertTrue(k.contains("CITY 北京"), k.toString());
    }

    @Test
    void inTheCityIsNoDistrict() {
        Set<String> k = keys("代表团成员在城中游览了一整天。");
        assertFalse(k.contains("CITY 城中"), k.toString());
    }

    @Test
    void theDistrictWithItsSuffixStillIs() {
        Set<String> k = keys("代表团参观了城中区的社区服务中心。");
        assertTrue(k.contains("CITY 城中"), k.toString());
    }
}
