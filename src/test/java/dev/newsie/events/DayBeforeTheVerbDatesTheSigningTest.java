package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: 于26日签署 dates the act, not the day the report was released (商务局14日告知记者). */
class DayBeforeTheVerbDatesTheSigningTest {
    @Test
    void theDayThatYuPutsBeforeTheVerb() {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run("""
                烟台与卡尔米签署备忘录

                本报讯 (通讯员 李四)记者14日从烟台市商务局获悉,烟台与俄罗斯卡尔米市已于12日签订经贸往来备忘录。2023年是两市交往第10年。
                """, "2023-03-14"));
        assertEquals(1, s.size(), s.toString());
        assertEquals("2023-03-12", s.get(0).date());
    }
}
