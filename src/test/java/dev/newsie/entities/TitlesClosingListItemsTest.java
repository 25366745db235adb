package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.nlp.Analysis;
import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up lists of guests in the Macau release order, each foreign name followed by its title. */
class TitlesClosingListItemsTest {
    private static EntityRecognizer recognizer;
    private static final HanLpBackend hanlp = new HanLpBackend();

    @BeforeAll
    static void load() {
        recognizer = EntityRecognizer.load(CanonicalNames.load());
    }

    private static Set<String> keys(String text) {
        return recognizer.recognize(text, hanlp.analyse(text), Analysis.EMPTY).stream()
                .map(e -> e.type() + " " + e.name()).collect(Collectors.toSet());
    }

    @Test
    void aTitleThatClosesItsListItemEndsTheNameBeforeIt() {
        Set<String> k = keys("安哥拉本格拉省若泽·马孔达省长、佛得角保罗·达席尔主席出席会议。");
        assertTrue(k.contains("PERSON 若泽·马孔达"), k.toString());
        assertTrue(k.contains("PERSON 保罗·达席尔"), k.toString());
    }
}
