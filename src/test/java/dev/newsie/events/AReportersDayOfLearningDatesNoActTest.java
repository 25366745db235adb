package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 记者18日从甲办获悉,…16日…签署: the day the report learned of a signing is not the signing's; the act's own date,
 * told after the learning clause, dates it and the relation it starts (made-up reports).
 */
class AReportersDayOfLearningDatesNoActTest {
    @Test
    void theFullDateAfterTheLearningClauseDatesTheTwinning() {
        EventExtractor.Result r = run("记者18日从长沙外办获悉,当地时间2031年6月16日,长沙与阿德莱德签署结好协议书,结为友好城市。", "2031-06-20");
        assertEquals("2031-06-16", signings(r).get(0).date());
        assertTrue(relationKeys(r).contains("长沙-阿德莱德@2031-06-16"), relationKeys(r).toString());
    }

    @Test
    void yesterdaysLearningAndADayOfTheMonthAfterIt() {
        Event e = theOneSigning("记者昨天从省外办得知,美国俄亥俄州与江苏省10月9日签订了拓展交流协议。", "2031-10-12");
        assertEquals("2031-10-09", e.date());
    }

    @Test
    void learningOpenedByItsDayBeforeTheReporter() {
        Event e = theOneSigning("9日,记者从武汉市外事办公室获知,武汉市与法国波尔多市已于3月5日签署友好合作备忘录。", "2031-03-10");
        assertEquals("2031-03-05", e.date());
    }

    @Test
    void theSameDayAfterTheLearningStillPointsBackToIt() {
        Event e = theOneSigning("记者11日从省外办获悉,美国俄亥俄州代表团当日与江苏省签订了拓展交流协议。", "2031-10-12");
        assertEquals("2031-10-11", e.date());
    }

    @Test
    void withoutALearningClauseTheSentencesFirstDayStands() {
        Event e = theOneSigning("11日,美国俄亥俄州代表团与江苏省签订了拓展交流协议,代表团10月9日抵达。", "2031-10-12");
        assertEquals("2031-10-11", e.date());
    }
}
