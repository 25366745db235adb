package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.ofType;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Winners each introduced by where they come from (来自甲国的乙和来自丙国的丁), on a made-up report. */
class WinnersFromTheirCountriesTest {
    @Test
    void eachWinnerAfterTheirCountryIsARecipient() {
        List<Event> a = ofType(run("颁奖\n本届“运河友谊奖”获奖专家分别是来自瑞典的奥拉夫·林德和来自荷兰的扬·德弗里斯。", "2031-09-30"),
                EventType.AWARD);
        assertEquals(1, a.size(), a.toString());
        assertEquals(List.of("奥拉夫·林德", "扬·德弗里斯"), a.get(0).recipients());
    }
}
