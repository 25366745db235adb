package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 两市/双方 and the length of their twinning told with 之际 or with 已/已经 (models/events/relation-patterns.tsv,
 * BOTH_ANNIVERSARY), the two sides told before or after in the same sentence by its signing; made-up sentences.
 */
class TwinningLengthOfBothSidesTest {
    @Test
    void theLengthTold之际BeforeTheSidesSignIsTheirRelation() {
        EventExtractor.Result r = run("10日,在两市结为友好城市20年之际,济宁市与日本横滨市签署了教育交流协议。", "2025-06-10");
        assertTrue(relationKeys(r).contains("横滨-济宁@2005"), relationKeys(r).toString());
    }

    @Test
    void theLengthTold已经AfterTheSidesSignIsTheirRelation() {
        EventExtractor.Result r = run("10日,济宁市与日本横滨市签署了教育交流协议,两市结好已经20年。", "2025-06-10");
        assertTrue(relationKeys(r).contains("横滨-济宁@2005"), relationKeys(r).toString());
    }

    @Test
    void aTwinningVerbBefore年之际IsNoSigning() {
        EventExtractor.Result r = run("10日,济宁市与日本横滨市签署了教育交流协议。今年恰逢两市结为友城20年之际。", "2025-06-10");
        assertEquals(1, signings(r).size(), signings(r).toString());
    }
}
