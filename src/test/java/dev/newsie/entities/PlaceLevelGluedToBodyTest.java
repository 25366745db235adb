package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences where the segmenter reads an unlisted foreign town as single characters and glues the town's
 * level character to the body after it (留/萌/市议会): the town still opens the body's name.
 */
class PlaceLevelGluedToBodyTest {
    @Test
    void aTownReadAsSingleCharactersOpensItsCouncil() {
        Set<String> orgs = MadeUpSentences.organizations("日本留萌市议会议长山田一郎出席。");
        assertTrue(orgs.contains("留萌市议会"), orgs.toString());
    }

    @Test
    void aTransliteratedCityOpensItsCouncil() {
        Set<String> orgs = MadeUpSentences.organizations("秘鲁万卡约市议会议员胡安出席。");
        assertTrue(orgs.contains("万卡约市议会"), orgs.toString());
        assertFalse(orgs.contains("秘鲁万卡约市议会"), orgs.toString());
    }
}
