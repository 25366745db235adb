package dev.newsie.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A county stem that is an ordinary word of the genre (models/gazetteer/county-words.tsv): 城中 ("in the city": 城中心,
 * 城中村) and 新城 (the "new town" of planning and promotion: 开放新城, 新城建设) name no district bare, and still do
 * with their suffix (made-up sentences).
 */
class CountyWordsAreNoDistrictTest {
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
    void aNewTownOfPromotionIsNoDistrict() {
        Set<String> k = keys("甲山市是一座生机勃勃的开放新城,也是重要的工业新城。");
        assertFalse(k.contains("CITY 新城"), k.toString());
    }

    @Test
    void buildingNewTownsIsNoDistrict() {
        Set<String> k = keys("北京市今年重点推介一批新城建设项目。");
        assertFalse(k.contains("CITY 新城"), k.toString());
        assertTrue(k.contains("CITY 北京"), k.toString());
    }

    @Test
    void aNewCityIsNoJapaneseTown() {
        Set<String> k = keys("甲山市正加快建设国际化创新城市和一座宜居新城市。");
        assertFalse(k.contains("CITY 新城"), k.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"城中", "新城"})
    void theDistrictWithItsSuffixStillIs(String stem) {
        Set<String> k = keys("代表团参观了" + stem + "区的社区服务中心。");
        assertTrue(k.contains("CITY " + stem), k.toString());
    }
}
