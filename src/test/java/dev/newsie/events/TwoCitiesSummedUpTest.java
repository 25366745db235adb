package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two sides summed up as 两座城市/两个城市, with the year after 继 or 自 (round 11 of issue 9, Malaysian and overseas
 * wording); made-up sentences.
 */
class TwoCitiesSummedUpTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2016-10-21"));
    }

    @Test
    void twoCitiesNamedThenSummedUpAs两个城市() {
        Set<String> r = relations("怡保与南宁两个城市自2015年结为友好城市以来交流不断。");
        assertTrue(r.contains("南宁-怡保@2015"), r.toString());
    }

    @Test
    void sidesNamedOnlyByTheirGovernmentsAreTheTwoCitiesOfTheStatementAfter() {
        Set<String> r = relations("新山市政局与中国汕头市政府今日再次签署友好城市关系备忘录。两座城市是继2011年结为友好城市后,第二次签署备忘录。");
        assertTrue(r.contains("新山-汕头@2011") || r.contains("汕头-新山@2011"), r.toString());
    }
}
