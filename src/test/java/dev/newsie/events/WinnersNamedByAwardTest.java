package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: people described by the award they won are its recipients. */
class WinnersNamedByAwardTest {
    private static Event award(String text) {
        return MadeUpReports.ofType(MadeUpReports.run(text, "2031-10-09"), EventType.AWARD).get(0);
    }

    @Test
    void thePersonARelativeClauseOfWinningDescribes() {
        Event e = award("颁奖\n荣获“东湖友谊奖”的加拿大工程师大卫·米勒表示,将继续参与本地的污水治理项目。");
        assertEquals(List.of("大卫·米勒"), e.recipients());
    }

    @Test
    void thePersonInAppositionWithTheWinnerNoun() {
        Event e = award("颁奖\n2030年度“东湖友谊奖”获得者、加拿大工程师大卫·米勒代表获奖专家致辞。");
        assertEquals(List.of("大卫·米勒"), e.recipients());
    }

    @Test
    void theSubjectSaidToBeOneWhoWonIsARecipient() {
        Event e = award("颁奖\n荷兰工程师扬·德福斯是本届荣获“东湖友谊奖”的年纪最轻的一位。");
        assertEquals(List.of("扬·德福斯"), e.recipients());
    }
}
