package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A twinning verb followed by the years it has lasted (缔结友好城市30年来, 结为友好城市已经20年) states a relation
 * with its since, not a signing on the page's day (round 11 of issue 9); made-up sentences.
 */
class TwinningDurationTest {
    @Test
    void yearsCountedWith年来AreNoSigning() {
        EventExtractor.Result r = run("济宁市与日本横滨市缔结友好城市30年来,双方在教育领域合作密切。", "2025-06-10");
        assertTrue(signings(r).isEmpty(), signings(r).toString());
        assertTrue(relationKeys(r).contains("横滨-济宁@1995"), relationKeys(r).toString());
    }

    @Test
    void yearsCountedWith已经AreNoSigning() {
        EventExtractor.Result r = run("济宁市与日本横滨市缔结友好关系已经20年,两市往来频繁。", "2025-06-10");
        assertTrue(signings(r).isEmpty(), signings(r).toString());
    }

    @Test
    void aYearlyProgrammesYearIsNoDuration() {
        EventExtractor.Result r = run("10日,济宁市与日本横滨市签署2026年度友好交流协议书。", "2025-06-10");
        assertTrue(partySets(signings(r)).contains(Set.of("济宁", "横滨")), signings(r).toString());
    }

    @Test
    void yearsCountedAfterADocumentAreNoDurationOfTheTwinning() {
        EventExtractor.Result r = run("10日,济宁市与日本横滨市签署教育合作协议三年来首次互派教师。", "2025-06-10");
        assertTrue(partySets(signings(r)).contains(Set.of("济宁", "横滨")), signings(r).toString());
        EventExtractor.Result visit = run("10日,济宁市与日本横滨市签署了未来三年来华研修计划。", "2025-06-10");
        assertTrue(partySets(signings(visit)).contains(Set.of("济宁", "横滨")), signings(visit).toString());
    }

    @Test
    void yearsOfAWiderTieAfterTheVerbAreNoDurationOfTheTwinning() {
        EventExtractor.Result r = run("10日,济宁市与日本横滨市签署回顾中日友好关系50年来交流成果的备忘录。", "2025-06-10");
        assertTrue(partySets(signings(r)).contains(Set.of("济宁", "横滨")), signings(r).toString());
    }

    @Test
    void yearsCountedAfterTheDocumentDateTheTwinningBack() {
        EventExtractor.Result r = run("济宁市与日本横滨市签署友好交流协议已满8年,双方往来频繁。", "2025-06-10");
        assertTrue(signings(r).isEmpty(), signings(r).toString());
        assertTrue(relationKeys(r).contains("横滨-济宁@2017"), relationKeys(r).toString());
        EventExtractor.Result trade = run("济宁市与日本横滨市签署经贸合作协议已有3年,双方往来频繁。", "2025-06-10");
        assertTrue(signings(trade).isEmpty(), signings(trade).toString());
        assertTrue(relationKeys(trade).isEmpty(), relationKeys(trade).toString());
    }
}
