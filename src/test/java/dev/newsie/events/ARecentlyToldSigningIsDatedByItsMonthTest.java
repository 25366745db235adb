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
        Event e = theOneSigning("近日,临沂市与葡萄牙布拉加市签署建立友好交流关系意向书。", "2031-05-19");
        assertEquals("2031-05", e.date());
    }

    @Test
    void recentlyBetweenTheSidesAndTheVerb() {
        Event e = theOneSigning("经过两年的磋商,绵阳市与智利特木科市日前签订了友好城市关系协议书。", "2031-09-03");
        assertEquals("2031-09", e.date());
    }

    @Test
    void theLearningClausesDayGivesOnlyItsMonth() {
        Event e = theOneSigning("30日,记者从省外事办公室了解到,前不久,荆州市与德国卡塞尔市签署友好合作备忘录。", "2031-03-31");
        assertEquals("2031-03", e.date());
    }

    @Test
    void yesterdaysLearningAndRecentlyAfterIt() {
        Event e = theOneSigning("记者昨天从市外办得知,株洲市与匈牙利德布勒森市近日签订两市结好协议书。", "2031-11-12");
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
