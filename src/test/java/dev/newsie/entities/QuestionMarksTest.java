package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a ? that ends a question is its mark, not a scraper's interpunct between a name's parts. */
class QuestionMarksTest {
    private static Set<String> names(String text) {
        return MadeUpSentences.interpunctNames(text);
    }

    @Test
    void aQuestionsMarkJoinsNoPartsOfAName() {
        assertTrue(names("两市交流有哪些好办法?如今答案已经揭晓。").isEmpty());
        assertTrue(names("谁来守护这片园林?记者走访了当地居民。").isEmpty());
        assertTrue(names("他们是否去过那片森林?几位老人笑着摇头。").isEmpty());
        assertTrue(names("丙镇的特产为什么叫金兰?村民说起了故事。").isEmpty());
    }

    @Test
    void aScrapersMarkOutsideAQuestionStillJoinsTheParts() {
        assertTrue(names("总领事卡洛斯?罗德里格斯出席了开幕式。").contains("卡洛斯·罗德里格斯"));
        assertTrue(names("你认识他吗?庆典上,市长玛丽亚?冈萨雷斯致辞。").contains("玛丽亚·冈萨雷斯"));
    }

    @Test
    void theSentenceBeforeTheMarkDecides() {
        assertTrue(QuestionMarks.closesQuestion("甲乙两地的友谊从何时开始?", "甲乙两地的友谊从何时开始".length()));
        assertFalse(QuestionMarks.closesQuestion("谁来了?市长卡洛斯?某某", "谁来了?市长卡洛斯".length()));
    }
}
