package dev.newsie.clean;

import dev.newsie.text.TrackedText;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PinyinAnnotationRemoverTest {
    private final PinyinAnnotationRemover remover = new PinyinAnnotationRemover();

    private String remove(String s) {
        return remover.remove(TrackedText.identity(s)).text();
    }

    @Test
    void removesPinyinAfterCharacters() {
        assertEquals("交流經驗,友好協會", remove("交流經(jīng)驗,友好協(xié)會"));
        assertEquals("开会", remove("开会(huì)"));
    }

    @Test
    void keepsRealParentheses() {
        assertEquals("世界城地组织(UCLG)", remove("世界城地组织(UCLG)"));
        assertEquals("昨天(1日)下午", remove("昨天(1日)下午"));
        assertEquals("报道(记者 王明)", remove("报道(记者 王明)"));
        assertEquals("他说(sic)", remove("他说(sic)"));
    }

    @Test
    void removesToneNumbersAndNeutralTonesOnAnAnnotatedPage() {
        assertEquals("交流經驗", remove("交流經(jing1)驗"));
        assertEquals("我們的友好協會", remove("我們(men)的(de)友(yǒu)好(hǎo)協(xié)會"));
        assertEquals("我們(men)的", remove("我們(men)的"));
    }

    @Test
    void keepsOffsetsOfTheRemainingCharacters() {
        TrackedText t = remover.remove(TrackedText.identity("經(jīng)驗"));
        assertEquals(0, t.rawStart(0));
        assertEquals(7, t.rawStart(1));
    }

    @Test
    void removesTheLeftOverAnnotationOfACharacterLostAsAQuestionMark() {
        assertEquals("據友好日報道", remove("據(jù)友好日?qǐng)報(bào)道"));
        assertEquals("是吗?no)", remove("是吗?no)"));
    }

    @Test
    void removesTonelessSyllablesOnAPageAnnotatedWithoutTones() {
        assertEquals("第三届甲乙论坛在丙州举行,由甲协会主办,应用(app)下载",
                remove("第三届(jie)甲乙论坛在丙(bing)州举行(xing),由甲协(xie)会主办(ban),应用(app)下载"));
        assertEquals("开幕式(shi)上致(zhi)辞", remove("开幕式(shi)上致(zhi)辞"));
    }
}
