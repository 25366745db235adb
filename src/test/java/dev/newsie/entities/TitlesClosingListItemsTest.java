package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up lists of guests in the Macau release order, each foreign name followed by its title. */
class TitlesClosingListItemsTest {
    private static Set<String> keys(String text) {
        return MadeUpSentences.entityKeys(text);
    }

    @Test
    void aTitleThatClosesItsListItemEndsTheNameBeforeIt() {
        Set<String> k = keys("安哥拉本格拉省若泽·马孔达省长、佛得角保罗·达席尔主席出席会议。");
        assertTrue(k.contains("PERSON 若泽·马孔达"), k.toString());
        assertTrue(k.contains("PERSON 保罗·达席尔"), k.toString());
    }
}
