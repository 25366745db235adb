package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up credits: a reporter in brackets after a site's 消息 and a contributor credited in brackets by his work. */
class BracketedCreditsTest {
    private static final PersonRecognizer PERSONS = PersonRecognizer.load();

    private static Set<String> persons(String text) {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(text);
        return MadeUpSentences.persons(PERSONS.recognize(text, a.places(), a.tokens()));
    }

    @Test
    void reporterAfterASitesDatelineIsAPerson() {
        assertTrue(persons("青河在线江北频道消息(梁晓雯):6月3日,代表团抵达。").contains("梁晓雯"));
    }

    @Test
    void contributorCreditedByHisWorkIsAPerson() {
        assertTrue(persons("两地已结好多年。(图文/郑雅琳)").contains("郑雅琳"));
        assertTrue(persons("交流活动圆满结束。(文:市友协办公室 邵立凡)").contains("邵立凡"));
    }

    @Test
    void aBracketThatIsNoCreditNamesNoOne() {
        assertFalse(persons("两地已结好多年。(图文/新华社)").contains("新华社"));
    }
}
