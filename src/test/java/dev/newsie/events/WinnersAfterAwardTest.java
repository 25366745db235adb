package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: the winners named after the award's name. */
class WinnersAfterAwardTest {
    @Test
    void aTimeWordBetweenTheAwardAndItsVerbOfConferring() {
        Event e = MadeUpReports.ofType(MadeUpReports.run("颁奖\n“北江友谊奖”今年授予了瑞典工程师拉尔斯·贝里等9人。", "2031-09-30"),
                EventType.AWARD).get(0);
        assertEquals(List.of("拉尔斯·贝里"), e.recipients());
    }

    @Test
    void theTokenOfTheAwardFrontedBy将BeforeTheVerbOfConferring() {
        Event e = MadeUpReports.ofType(MadeUpReports.run("颁奖\n9日，台州市人民对外友好协会将“台州友好使者”奖牌颁发给美国奥克兰市前市长乔治·韦伯。",
                "2031-09-30"), EventType.AWARD).get(0);
        assertEquals(List.of("乔治·韦伯"), e.recipients());
    }
}
