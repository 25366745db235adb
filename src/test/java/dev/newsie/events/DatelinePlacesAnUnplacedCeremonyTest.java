package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.newsie.events.MadeUpReports.awards;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A prize-giving a wire report says was held, but not where, took place where the report was filed (its dateline);
 * 此间 says so outright. Made-up reports: invented events, people and dates.
 */
class DatelinePlacesAnUnplacedCeremonyTest {
    @Test
    void aPrizeGivingHeldWithNoPlaceIsPlacedAtTheDatelinesCity() {
        Map<String, Event> a = awards("评选揭晓\n新华社襄阳7月31日电(记者王明)某城市评选活动31日晚举行颁奖典礼,烟台、松本等城市荣获“活力城市”称号。",
                "2031-08-01");
        assertEquals("襄阳", a.get("活力城市").location());
    }

    @Test
    void anHonourConferredHereIsPlacedAtTheDatelinesCity() {
        Map<String, Event> a = awards("奖章颁发\n新华社烟台10月30日电(记者王明)“城市建设奖章”30日晚在此间颁发。获得金奖的是:襄阳市人民政府、松本市政府。",
                "2031-10-31");
        assertEquals("烟台", a.get("城市建设奖章").location());
    }

    @Test
    void aReportFiledFromHongKongPlacesItsPrizeGivingThere() {
        Map<String, Event> a = awards("颁奖\n新华社香港1月30日电(记者王明)某公署30日举行新春酒会暨“友好使者”颁奖仪式,授予王小明、李大同“友好使者”称号。",
                "2031-01-31");
        assertEquals("香港", a.get("友好使者").location());
    }

    @Test
    void aPrizeGivingHeldInANamedPlaceKeepsThatPlace() {
        Map<String, Event> a = awards("颁奖\n新华社北京7月31日电(记者王明)某城市评选活动颁奖典礼31日在襄阳举行,烟台、松本等城市荣获“活力城市”称号。",
                "2031-08-01");
        assertEquals("襄阳", a.get("活力城市").location());
    }

    @Test
    void withoutADatelineThePrizeGivingHasNoPlace() {
        Map<String, Event> a = awards("评选揭晓\n某城市评选活动31日晚举行颁奖典礼,烟台、松本等城市荣获“活力城市”称号。", "2031-08-01");
        assertEquals(null, a.get("活力城市").location());
    }
}
