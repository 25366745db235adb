package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a ? that ends a question is its mark, not a scraper's interpunct between a name's parts. */
class QuestionMarksTest {
    private static final InterpunctNames names = new InterpunctNames(MadeUpSentences.SHAPES);

    private static Set<String> names(String text) {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(text);
        List<Candidate> out = new ArrayList<>();
        names.find(a.text(), out, a.places(), a.tokens());
        return MadeUpSentences.persons(out);
    }

    @Test
    void aQuestionsMarkJoinsNoPartsOfAName() {
        assertTrue(names("什么样的外籍人士让乙市愿意用市花来表彰?记者采访了三位获奖者。").isEmpty());
        assertTrue(names("两市为何选择彼此结好?丙市档案馆里的老照片给出了答案。").isEmpty());
        assertTrue(names("丁市如何推进低碳交通?欧洲城市的做法值得借鉴。").isEmpty());
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
