package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: the outlet named in a dateline gives no award the sentence reports. */
class ReportingAgenciesTest {
    @Test
    void theAgencyOfTheDatelineIsNoGiver() {
        Event e = MadeUpReports.ofType(MadeUpReports.run("授勋\n据新华社札幌5月8日电(记者吴一凡)当天,某日本友好团体的代表在札幌向中国留学生刘思远颁发了“友好交流奖”。",
                "2031-05-09"), EventType.AWARD).get(0);
        assertEquals(null, e.giver());
    }
}
