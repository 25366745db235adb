package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: 于26日签署 dates the act, not the day the report was released (外办27日发布消息称). */
class DayBeforeTheVerbDatesTheSigningTest {
    @Test
    void theDayThatYuPutsBeforeTheVerb() {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run("""
                烟台与卡尔米签署备忘录

                中新网烟台9月27日电 (记者 张三)烟台市外办27日对外通报,烟台与俄罗斯卡尔米市于26日签订经贸往来备忘录。2023年是两市交往第10年。
                """, null));
        assertEquals(1, s.size(), s.toString());
        assertEquals("2023-09-26", s.get(0).date());
    }
}
