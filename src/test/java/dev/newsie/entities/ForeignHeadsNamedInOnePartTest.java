package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences naming a foreign head by a one-part name in rarer transliteration syllables after the office's title. */
class ForeignHeadsNamedInOnePartTest {
    private static Set<String> names(String text) {
        return MadeUpSentences.persons(text);
    }

    @Test
    void aRegionsGovernorAfterHisTitle() {
        Set<String> n = names("当天上午,托木斯克州州长马尔琴科会见了代表团一行。");
        assertTrue(n.contains("马尔琴科"), n.toString());
    }

    @Test
    void aPresidentAfterTheCountrysTitleBeforeAComma() {
        Set<String> n = names("摩尔多瓦总统杜申科,塔吉克斯坦总理热索夫出席开幕式。");
        assertTrue(n.contains("杜申科") && n.contains("热索夫"), n.toString());
    }

    @Test
    void aRankedVicePresidentBeforeTheVerb() {
        Set<String> n = names("马拉维第一副总统恩农加拉表示,两国友谊源远流长。");
        assertTrue(n.contains("恩农加拉"), n.toString());
    }

    @Test
    void anAdverbAfterAForeignTitleIsNoName() {
        Set<String> n = names("法国总统大力推动两国地方合作。");
        assertTrue(n.stream().noneMatch(x -> x.startsWith("大力")), n.toString());
    }

    @Test
    void aChineseTitleIsNoForeignOffice() {
        Set<String> n = names("中国总理热烈欢迎来宾。");
        assertFalse(n.stream().anyMatch(x -> x.startsWith("热")), n.toString());
    }

    @Test
    void aGovernorTheSegmenterReadsAsABodyAfterAnOblastWithoutItsSuffix() {
        Set<String> n = names("车里雅宾斯克州州长杜布琴科,哈巴罗夫斯克边疆区行政长官热尔加科,新西伯利亚州州长别列申科出席开幕式。");
        assertTrue(n.contains("杜布琴科") && n.contains("热尔加科") && n.contains("别列申科"), n.toString());
    }
}
