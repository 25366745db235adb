package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences with an adverb written right after its subject's name (亦, 甚至): the name ends before it. */
class AdverbsAfterNamesTest {
    private static final PersonRecognizer PERSONS = PersonRecognizer.load();

    private static Set<String> persons(String text) {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(text);
        return MadeUpSentences.persons(PERSONS.recognize(a.text(), a.places(), a.tokens()));
    }

    @Test
    void 亦EndsAJapaneseName() {
        Set<String> p = persons("日本稚内市议长长谷川英夫亦出席了仪式。");
        assertTrue(p.contains("长谷川英夫"), p.toString());
    }

    @Test
    void 甚至EndsAName() {
        Set<String> p = persons("日本稚内市市长佐藤雄二及议长菅野勇甚至在致词中使用中文。");
        assertTrue(p.contains("菅野勇"), p.toString());
    }

    @Test
    void aDemonstrativeOfTheOccasionEndsTheName() {
        Set<String> p = persons("韩国忠清北道丹阳郡与湖南某市结好多年，丹阳郡守柳成浩此次率团来访。");
        assertTrue(p.contains("柳成浩"), p.toString());
        p = persons("会上，协会会长郑明宇首次访问该市。");
        assertTrue(p.contains("郑明宇"), p.toString());
    }
}
