package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A body's series of awards told of as set up is background; the award handed over is the event (made-up reports). */
class AwardsSetUpInASeriesAreNotConferredTest {
    private static List<Event> awards(String text) {
        return run(text, "2031-09-24").events().stream().filter(e -> e.type() == EventType.AWARD).toList();
    }

    @Test
    void theAwardsOfASeriesSetUpAreNoEventsOfTheirOwn() {
        List<Event> a = awards("烟台白兰纪念奖颁授\n昨天,2031年烟台市“白兰纪念奖”颁授仪式在烟台举行,50位外籍人士获此殊荣。"
                + "烟台市人民政府自1990年起相继设立了“白兰纪念奖”“白兰荣誉奖”和“烟台市荣誉市民”称号,已有800名外籍人士获奖。");
        assertEquals(List.of("白兰纪念奖"), a.stream().map(Event::award).toList());
    }

    @Test
    void anAwardSetUpAndThenConferredInTheNextClauseStaysAnEvent() {
        List<Event> a = awards("襄阳大会\n2031年9月23日,大会设立了“甲友城奖”和“乙友城奖”,表彰了20个城市。");
        assertEquals(2, a.size());
    }
}
