package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.ofType;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 颁发X奖2名,Y奖4名,Z奖6名: each grade closed by its count, the series going on after a comma (made-up reports). */
class GradesOfAPrizeCountedInASeriesTest {
    @Test
    void everyGradeOfTheSeriesIsAnAward() {
        List<String> a = ofType(run("本报讯 首届银杏译介奖颁奖典礼12日在京举行,颁发终身贡献奖1名,卓越译者奖3名,青年使者奖5名。",
                "2031-06-13"), EventType.AWARD).stream().map(Event::award).toList();
        assertEquals(List.of("终身贡献奖", "卓越译者奖", "青年使者奖", "银杏译介奖"), a);
    }

    @Test
    void withoutCountsACommaEndsTheName() {
        List<String> a = ofType(run("本报讯 市政府12日颁发甬江友谊奖,并会见了获奖专家。", "2031-06-13"), EventType.AWARD)
                .stream().map(Event::award).toList();
        assertEquals(List.of("甬江友谊奖"), a);
    }
}
