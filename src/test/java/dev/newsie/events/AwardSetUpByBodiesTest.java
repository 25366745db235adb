package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.ofType;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** X奖由甲、乙设立 / X奖由甲发起: an unquoted award opening the clause that says who set it up (made-up reports). */
class AwardSetUpByBodiesTest {
    private static Event only(String text) {
        List<Event> a = ofType(run(text, "2031-11-06"), EventType.AWARD);
        assertEquals(1, a.size(), a.toString());
        return a.get(0);
    }

    @Test
    void theBodiesThatSetUpTheAwardGiveIt() {
        Event e = only("本报讯 记者昨日获悉,我市再次荣获“友城民间交往贡献奖”。友城民间交往贡献奖由中国翻译协会、中国外文局共同设立,每两年评选一次。");
        assertEquals(List.of("中国翻译协会", "中国外文局"), e.giver());
    }

    @Test
    void theBodyThatLaunchedTheAwardGivesIt() {
        Event e = only("本报讯 首届丝路译介奖颁奖典礼5日在京举行。丝路译介奖由中国翻译协会发起,表彰对中外文化交流作出贡献的外籍人士。");
        assertEquals(List.of("中国翻译协会"), e.giver());
    }

    @Test
    void aThreeCharacterNameSetUpByABodyIsTheAward() {
        Event e = only("本报讯 银杏奖由中国翻译协会设立,每年评选一次。");
        assertEquals("银杏奖", e.award());
        assertEquals(List.of("中国翻译协会"), e.giver());
    }
}
