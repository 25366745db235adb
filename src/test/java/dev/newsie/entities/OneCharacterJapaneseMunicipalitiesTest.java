package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.placeKeys;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences naming Japanese cities whose name is one character and 市 (堺市, 津市, 吴市). */
class OneCharacterJapaneseMunicipalitiesTest {
    @Test
    void aOneCharacterCityAfterItsPrefectureIsACity() {
        Set<String> p = placeKeys("河北省某市与日本大阪府堺市自2001年结为友好城市以来交往密切。");
        assertTrue(p.contains("CITY 堺市"), p.toString());
        p = placeKeys("日本三重县津市代表团日前访问了湖南省。");
        assertTrue(p.contains("CITY 津市"), p.toString());
    }

    @Test
    void aOneCharacterCityAfterJapanIsACity() {
        Set<String> p = placeKeys("代表团随后前往日本吴市参观造船企业。");
        assertTrue(p.contains("CITY 吴市"), p.toString());
    }

    @Test
    void theSameWordsElsewhereAreNoCity() {
        Set<String> p = placeKeys("天津市与大阪府津市场的企业签约。");
        assertFalse(p.contains("CITY 津市"), p.toString());
        p = placeKeys("他来自北京，随后赴天津市考察。");
        assertFalse(p.contains("CITY 津市"), p.toString());
    }
}
