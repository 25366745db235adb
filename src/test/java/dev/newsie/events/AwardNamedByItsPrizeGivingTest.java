package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.ofType;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An award named without quotation marks by its own prize-giving (…的第二届甲奖颁奖典礼), and the bodies that hold
 * it in the relative clause before it giving it — made-up reports.
 */
class AwardNamedByItsPrizeGivingTest {
    private static List<Event> awards(String text, String published) {
        return ofType(run(text, published), EventType.AWARD);
    }

    @Test
    void theBodiesHoldingThePrizeGivingGiveTheAwardItNames() {
        List<Event> a = awards("新华社合肥4月9日电 安徽省人民对外友好协会和安徽日报社联合举行的第二届江淮友好使者奖颁奖典礼9日在合肥举行。",
                "2031-04-10");
        assertEquals(List.of("江淮友好使者奖"), a.stream().map(Event::award).toList());
        assertEquals(List.of("安徽省人民对外友好协会", "安徽日报社"), a.get(0).giver());
    }

    @Test
    void aDatedNameAfterTheVerbOfHoldingIsTheAward() {
        List<Event> a = awards("本报讯 昨天,市政府在市民中心举行2031年度甬江友谊奖颁奖仪式,为8名外国专家颁奖。", "2031-09-28");
        assertEquals(List.of("甬江友谊奖"), a.stream().map(Event::award).toList());
    }

    @Test
    void aDateBeforeTheNameIsNoPartOfIt() {
        List<Event> a = awards("本报讯 9月27日甬江友谊奖颁奖仪式在宁波举行,8名外国专家获奖。", "2031-09-28");
        assertEquals(List.of("甬江友谊奖"), a.stream().map(Event::award).toList());
    }

    @Test
    void aPointerAtAnAwardNamedElsewhereIsNoName() {
        assertEquals(List.of(), new AwardNames(EventLexicon.load()).namedBeforeCeremony("该奖颁奖仪式每两年举行一次。"));
    }
}
