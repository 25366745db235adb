package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.placeKeys;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences naming Texas by its Taiwan short name again after the article has named it in full. */
class StatesNamedShortAgainTest {
    @Test
    void theShortNameWrittenAgainIsTheState() {
        Set<String> p = placeKeys("台南市与美国得克萨斯州奥斯汀市缔结姊妹市，市长表示，德州是美国能源重镇。");
        assertTrue(p.contains("PROVINCE 得克萨斯"), p.toString());
        assertFalse(p.contains("CITY 德州"), p.toString());
    }

    @Test
    void theChineseCityStaysWhereTheArticleNamesIt() {
        Set<String> p = placeKeys("山东德州与美国得克萨斯州某市开展交流，德州代表团将赴美。");
        assertTrue(p.contains("CITY 德州"), p.toString());
    }
}
