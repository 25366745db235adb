package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences for personal names left in Latin script after a title. */
class LatinNamesTest {
    private static final LatinNames names = new LatinNames(MadeUpSentences.SHAPES);

    private static Set<String> names(String text) {
        List<Candidate> out = new ArrayList<>();
        names.afterTitles(text, out);
        return MadeUpSentences.persons(out);
    }

    @Test
    void latinNameRightAfterATitleIsAPerson() {
        assertEquals(Set.of("Jane Miller", "Tom Baker"), names("感谢州议员Jane Miller和前州众议员 Tom Baker的支持。"));
    }

    @Test
    void latinWordsWithoutATitleOrASecondWordAreNoName() {
        assertTrue(names("青河公司与Green Valley Farms签约,市长Bill表示欢迎。").isEmpty());
    }
}
