package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences listing a body's officers, each title opened by words of rank (常务副会长, 常务执行会长). */
class RankedTitlesTest {
    private static final PersonRecognizer PERSONS = PersonRecognizer.load();

    private static Set<String> persons(String text) {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(text);
        return MadeUpSentences.persons(PERSONS.recognize(a.text(), a.places(), a.tokens()));
    }

    @Test
    void wordsOfRankAfterANameOpenTheNextTitle() {
        Set<String> p = persons("商会会长王建新,执行会长李平,常务副会长张斌、刘立新等一行到访。");
        assertFalse(p.contains("常务副"), p.toString());
        assertTrue(p.containsAll(Set.of("王建新", "李平", "张斌", "刘立新")), p.toString());
    }

    @Test
    void twoWordsOfRankBeforeATitle() {
        Set<String> p = persons("协会会长陈海明,常务执行会长金涛,秘书长徐锦华等热情接待。");
        assertFalse(p.contains("常务"), p.toString());
        assertTrue(p.contains("金涛"), p.toString());
    }

    @Test
    void aTitlePastItsWordsOfRankIsItsOwnOffice() {
        org.junit.jupiter.api.Assertions.assertEquals("市长", RankedTitles.pastRanks("代理市长"));
        org.junit.jupiter.api.Assertions.assertEquals("省长", RankedTitles.pastRanks("常务副省长"));
        org.junit.jupiter.api.Assertions.assertEquals("副", RankedTitles.pastRanks("副"));
    }
}
