package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The giver backoff ({@link ClauseGiver}), on small made-up reports (invented bodies, people and awards). */
class ClauseGiverTest {
    private static Event award(String text) {
        return run(text, "2031-11-02").events().stream().filter(e -> e.type() == EventType.AWARD).findFirst().orElseThrow();
    }

    @Test
    void theBodyOpeningTheClauseOfConferringGivesTheAward() {
        Event a = award("颁奖\n会议期间,海州市友好协会对英国专家约翰·史密斯等5人予以表彰,授予“海州友谊奖”。");
        assertEquals(List.of("海州市友好协会"), a.giver());
    }

    @Test
    void aBodyThatOnlyReportsTheConferringGivesNothing() {
        Event a = award("颁奖\n海州市友好协会今天发布消息称,英国专家约翰·史密斯等5人被授予“海州友谊奖”。");
        assertEquals(null, a.giver());
    }

    @Test
    void aBodyWhoseOfficerReadsOutTheDecisionOfConferringIsNoGiver() {
        Event a = award("友谊奖颁奖\n9日,松桥市友谊奖颁奖大会在市民中心召开。"
                + "松桥市政协副主席刘建国宣读了《关于授予2031年度松桥市友谊奖的决定》。");
        assertEquals(null, a.giver());
    }

    @Test
    void aBodyNamingTheOfficeOfThePersonOpeningTheClauseIsNoGiver() {
        Event a = award("荣誉市民\n松桥市委书记刘建国到会致辞,市委副书记、市长陈立华为2031年度松桥市荣誉市民颁发证书。");
        assertEquals(null, a.giver());
    }

    @Test
    void theSubjectOfAPassiveVerbOfConferringIsNoGiver() {
        Event a = award("颁奖\n海州市友好协会会员约翰·史密斯被授予“海州友谊奖”。");
        assertEquals(null, a.giver());
    }

    @Test
    void aPlaceThatReceivedWhatABodyConferredIsNoGiver() {
        Event a = award("颁奖\n本报讯 为庆祝两市结好二十周年,双方近日举办了一系列活动。青岛市荣获由大会颁发的“友好交流城市奖”。");
        assertEquals(null, a.giver());
    }

    @Test
    void theOfficerOfTheBodyOpeningTheClauseConfersForIt() {
        Event a = award("颁奖\n会议期间,松桥市友好协会会长王立新授予英国专家约翰·布朗“松桥友谊奖”。");
        assertEquals(List.of("松桥市友好协会"), a.giver());
    }
}
