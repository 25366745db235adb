package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** 常务副秘书长, 董事兼总裁: a grade or a second office joined to a title is no name before it (made-up sentences). */
class TitleLinksBeforeTitlesTest {
    private static final NamesBeforeTitles NAMES = new NamesBeforeTitles(MadeUpSentences.SHAPES, JapaneseNames.load());

    private static List<String> persons(String text) {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(text);
        List<Candidate> out = new ArrayList<>();
        NAMES.beforeTitles(text, out, a.places(), a.tokens());
        return out.stream().filter(c -> c.type() == EntityType.PERSON).map(Candidate::name).toList();
    }

    @Test
    void aDeputyGradeIsNoName() {
        assertFalse(persons("研究会常务副秘书长出席并讲话。").contains("常务副"));
    }

    @Test
    void aSecondOfficeIsNoName() {
        assertFalse(persons("集团董事兼总裁致欢迎辞。").contains("董事兼"));
    }
}
