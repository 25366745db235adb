package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 近日/日前/前不久,甲与乙签署…: a signing the report places "recently" is dated by the month of the report's time, not
 * by the day of the learning clause or the page (made-up reports).
 */
class ARecentlyToldSigningIsDatedByItsMonthTest {
    @Test
    void recentlyOpeningTheSentenceGivesThePagesMonth() {
        Event e = theOneSigning("淄博市近日同波兰卢布林市签订友好合作意向书。", "2031-05-19");
        assertEquals("2031-05", e.date());
    }

    @Test
    void recentlyBetweenTheSidesAndTheVerb() {
        Event e = theOneSigning("经过两年的磋商,绵阳市与智利特木科市日前签订了友好城市关系协议书。", "2031-09-03");
        assertEquals("2031-09", e.date());
    }

    @Test
    void theLearningClausesDayGivesOnlyItsMonth() {
        Event e = theOneSigning("记者3月28日从市政府新闻办获悉:不久前,常德市和奥地利林茨市签订了合作交流备忘录。", "2031-04-02");
        assertEquals("2031-03", e.date());
    }

    @Test
    void yesterdaysLearningAndRecentlyAfterIt() {
        Event e = theOneSigning("昨天,记者从区侨办了解到,丽水市近日与巴西尼泰罗伊市签署了结好意向书。", "2031-12-01");
        assertEquals("2031-11", e.date());
    }

    @Test
    void aDayOfItsOwnAfterRecentlyStillDatesTheAct() {
        Event e = theOneSigning("近日,代表团访问了德国卡塞尔市,12日,荆州市与卡塞尔市签署友好合作备忘录。", "2031-03-31");
        assertEquals("2031-03-12", e.date());
    }

    @Test
    void recentlyBeforeAColonFramesNotTheActAfterIt() {
        Event e = theOneSigning("宜昌的国际朋友圈日前再度扩大:宜昌市与法国图尔市签署友好城市关系协议书。", "2031-07-20");
        assertEquals(null, e.date());
    }
}
