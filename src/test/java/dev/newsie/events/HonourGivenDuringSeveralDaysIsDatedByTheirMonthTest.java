package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.newsie.events.MadeUpReports.awards;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An honour given at an event of several days (在11月19日至20日召开的年会上,甲获乙奖) was given on one of them, which the
 * text does not say: its date is the month both ends share, or the year (made-up reports, invented bodies and dates).
 */
class HonourGivenDuringSeveralDaysIsDatedByTheirMonthTest {
    @Test
    void anHonourAtAMeetingOfTwoDaysInOneMonthHasThatMonth() {
        Map<String, Event> a = awards("甲市友协获奖\n昨日,记者从襄阳外办获悉,11月19日至20日在烟台召开的2031年甲组织年会上,"
                + "襄阳友协获“人民友谊贡献奖”。", "2031-11-22");
        assertEquals("2031-11", a.get("人民友谊贡献奖").date());
    }

    @Test
    void anHonourAtAMeetingAcrossTwoMonthsHasTheYear() {
        Map<String, Event> a = awards("甲市友协获奖\n昨日,记者从襄阳外办获悉,11月30日至12月1日在烟台召开的2031年甲组织年会上,"
                + "襄阳友协获“人民友谊贡献奖”。", "2031-12-03");
        assertEquals("2031", a.get("人民友谊贡献奖").date());
    }

    @Test
    void anHonourOnOneDayKeepsThatDay() {
        Map<String, Event> a = awards("甲市友协获奖\n昨日,记者从襄阳外办获悉,11月19日在烟台召开的2031年甲组织年会上,"
                + "襄阳友协获“人民友谊贡献奖”。", "2031-11-22");
        assertEquals("2031-11-19", a.get("人民友谊贡献奖").date());
    }

    @Test
    void honoureesSaidToBeGivenItAfterTheMeetingClauseAlsoHaveTheMonth() {
        Map<String, Event> a = awards("甲市友协获奖\n昨日,记者从襄阳外办获悉,11月19日至20日在烟台召开的2031年甲组织年会上,"
                + "襄阳友协等3个团体受表彰,它们被授予首批“人民友谊贡献奖”。", "2031-11-22");
        assertEquals("2031-11", a.get("人民友谊贡献奖").date());
    }
}
