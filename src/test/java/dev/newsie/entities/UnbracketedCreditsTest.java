package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up credit lines: a work credit without brackets in a byline of several credits, the Taiwan and Hong Kong
 * 报导 closed by a lenticular bracket, and the place a report was filed from, which is no contributor.
 */
class UnbracketedCreditsTest {
    @Test
    void aPictureCreditWithoutBracketsEndingTheBylineIsAPerson() {
        Set<String> n = MadeUpSentences.persons("来源:澄江晚报 文/记者郑可欣 图/华一鸣\n友城艺术团11月20日晚在柳港演出。");
        assertTrue(n.contains("华一鸣"), n.toString());
    }

    @Test
    void aWorkWordInsideASentenceCreditsNoOne() {
        Set<String> n = MadeUpSentences.persons("这是一本文/图并茂的画册。");
        assertTrue(n.isEmpty(), n.toString());
    }

    @Test
    void aReporterBeforeTheTaiwanFormOfReportInLenticularBracketsIsAPerson() {
        Set<String> n = MadeUpSentences.persons("【江北电视 邬明远报导】\n两市结好已有十年。");
        assertTrue(n.contains("邬明远"), n.toString());
    }

    @Test
    void thePlaceAReportWasFiledFromIsNoPerson() {
        Set<String> n = MadeUpSentences.persons("青河新闻网记者邬明远/万宁报导\n两市结好已有十年。");
        assertTrue(n.contains("邬明远"), n.toString());
        assertFalse(n.contains("万宁"), n.toString());
    }
}
