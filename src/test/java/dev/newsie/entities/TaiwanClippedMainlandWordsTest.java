package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Made-up sentences: Taiwan's clipped words for the mainland's people and things (陆媒, 陆客) name nobody. */
class TaiwanClippedMainlandWordsTest {
    private static final PersonRecognizer PERSONS = PersonRecognizer.load();

    private static Set<String> persons(String text) {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(text);
        return MadeUpSentences.persons(PERSONS.recognize(a.text(), a.places(), a.tokens()));
    }

    @Test
    void clippedMainlandWordsAreNoNames() {
        Set<String> p = persons("主管机关拒绝某市台办主任林国栋与陆媒等7人入境。");
        assertFalse(p.contains("陆媒"), p.toString());
        Set<String> q = persons("观光局长王志明与陆客等团体座谈。");
        assertFalse(q.contains("陆客"), q.toString());
    }
}
