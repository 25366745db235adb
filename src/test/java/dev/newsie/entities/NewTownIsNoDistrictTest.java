package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 新城 is both a district's stem (新城区) and the ordinary "new town" of planning and promotion (一座开放新城, 工业新城,
 * 新城建设): bare it names no district, with its suffix it still does (made-up sentences).
 */
class NewTownIsNoDistrictTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.placeKeys(text);
    }

    @Test
    void aNewTownOfPromotionIsNoDistrict() {
        Set<String> k = keys("甲山市是一座生机勃勃的开放新城,也是重要的工业新城。");
        assertFalse(k.contains("CITY 新城"), k.toString());
    }

    @Test
    void buildingNewTownsIsNoDistrict() {
        Set<String> k = keys("北京市朝阳区重点推介新城建设发展项目。");
        assertFalse(k.contains("CITY 新城"), k.toString());
        assertTrue(k.contains("CITY 北京"), k.toString());
    }

    @Test
    void aNewCityIsNoJapaneseTown() {
        Set<String> k = keys("甲山市正加快建设国际化创新城市和一座宜居新城市。");
        assertFalse(k.contains("CITY 新城"), k.toString());
    }

    @Test
    void theDistrictWithItsSuffixStillIs() {
        Set<String> k = keys("代表团参观了新城区的社区服务中心。");
        assertTrue(k.contains("CITY 新城"), k.toString());
    }
}
