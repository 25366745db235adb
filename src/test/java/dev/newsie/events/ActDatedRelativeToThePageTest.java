package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A twinning dated between its subject and 与 by a year told relative to the page's own (去年5月, 今年3月) is read as
 * one dated by a written year: the act, its date and the relation it starts (made-up reports).
 */
class ActDatedRelativeToThePageTest {
    @Test
    void lastYearsMonthDatesTheTwinningAndItsRelation() {
        EventExtractor.Result r = run("襄阳市于去年5月与俄罗斯卡尔米市正式结为姐妹城市。", "2025-11-13");
        Event e = signings(r).get(0);
        assertEquals(Set.of("襄阳", "卡尔米"), partiesOf(e));
        assertEquals("2024-05", e.date());
        assertTrue(relationKeys(r).contains("卡尔米-襄阳@2024-05"), relationKeys(r).toString());
    }

    @Test
    void thisYearsMonthWithoutTheWordYu() {
        EventExtractor.Result r = run("烟台市今年3月同松本市签约，两地结为姐妹城市。", "2025-11-13");
        assertTrue(relationKeys(r).contains("松本-烟台@2025-03"), relationKeys(r).toString());
    }
}
