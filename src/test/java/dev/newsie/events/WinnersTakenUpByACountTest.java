package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The honoured, counted in one sentence and listed in a later one opening on 这N个城市是: ({@link AwardExtractor}). */
class WinnersTakenUpByACountTest {
    private static Event award(String text) {
        return run(text, "2031-03-02").events().stream().filter(e -> e.type() == EventType.AWARD).findFirst().orElseThrow();
    }

    @Test
    void aDemonstrativeAndTheCountOpenTheListOfEveryWinner() {
        Event a = award("颁奖\n山东省烟台市等4个城市被绿化协会授予“全国绿色城市”称号。\n\n记者从座谈会上获悉了这一消息。\n\n"
                + "这4个城市是:山东省烟台市、威海市,湖北省襄阳市和四川省绵阳市。");
        assertEquals(List.of("烟台", "威海", "襄阳", "绵阳"), a.recipients());
    }

    @Test
    void aDemonstrativeCountWithoutAColonDescribesThemAndListsNone() {
        Event a = award("颁奖\n山东省烟台市等2个城市被绿化协会授予“全国绿色城市”称号。\n\n这2个城市是本省的沿海城市,威海市和襄阳市也参加了评选。");
        assertEquals(List.of("烟台"), a.recipients());
    }
}
