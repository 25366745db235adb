package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a known foreign city followed by a compass point or 中 and 区 is that city's district. */
class CompassDistrictsOfForeignCitiesTest {
    @Test
    void aForeignCitysCompassDistrictIsNamedWithItsCity() {
        Set<String> k = MadeUpSentences.placeKeys("甲区与韩国光州北区缔结友好城区关系,仁川东区区厅长某某也出席了仪式。");
        assertTrue(k.containsAll(Set.of("CITY 光州北区", "CITY 仁川东区")), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.equals("CITY 光州") || n.equals("CITY 仁川")), k.toString());
    }

    @Test
    void aCompassDistrictAfterItsCitysLevelIsNamedAlone() {
        Set<String> k = MadeUpSentences.placeKeys("丙县与韩国大邱广域市中区签署建立友好区关系协议书。");
        assertTrue(k.containsAll(Set.of("CITY 大邱", "CITY 中区")), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.startsWith("CITY 大邱广域市")), k.toString());
        Set<String> j = MadeUpSentences.placeKeys("日本福冈市东区代表团日前访问了株洲市。");
        assertTrue(j.contains("CITY 东区"), j.toString());
        Set<String> w = MadeUpSentences.placeKeys("仁川广域市西区是韩国仁川的一个区,丁区已与其结好多年。");
        assertTrue(w.contains("CITY 西区"), w.toString());
    }

    @Test
    void aChineseCitysDistrictAfterItsLevelIsNoCompassDistrict() {
        Set<String> k = MadeUpSentences.placeKeys("青岛市市南区与烟台市芝罘区开展交流。");
        assertTrue(k.stream().noneMatch(n -> n.equals("CITY 南区")), k.toString());
    }

    @Test
    void aCompassPointBeforeCityNamesACityBesideAForeignOne() {
        Set<String> k = MadeUpSentences.placeKeys("丁县代表团抵达美国迈阿密南市,与该市议员座谈。");
        assertTrue(k.contains("CITY 迈阿密南"), k.toString());
        assertTrue(k.stream().noneMatch(n -> n.equals("CITY 迈阿密") || n.equals("CITY 南市")), k.toString());
        Set<String> j = MadeUpSentences.placeKeys("两位老人每周去澳大利亚悉尼西市和亲友相聚。");
        assertTrue(j.contains("CITY 悉尼西"), j.toString());
    }

    @Test
    void aCompassPointBeforeACityWordOfACommonNounNamesNoCity() {
        Set<String> k = MadeUpSentences.placeKeys("代表团在悉尼西市区考察两天后返程。"); // 市区, the urban area
        assertTrue(k.stream().noneMatch(n -> n.equals("CITY 悉尼西")), k.toString());
    }
}
