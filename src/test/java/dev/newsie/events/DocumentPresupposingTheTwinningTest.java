package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up reports: a document that only partners already twinned sign (a yearly programme, a formal name whose 关于
 * clause strengthens the friendship) is not the twinning told again, and does not make one.
 */
class DocumentPresupposingTheTwinningTest {
    @Test
    void aYearlyProgrammeIsNotTheEarlierTwinningToldAgain() {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run("""
                襄阳友城松本市庆祝建市百年

                上月28日,襄阳市副市长王明率团赴松本参加庆典。1985年,襄阳与松本正式结为友好城市,这是我市最早的外国友城。王明与松本市长山田太郎签署了2012年度友好交流协议书。
                """, null));
        Event programme = s.stream().filter(e -> "2012年度友好交流协议书".equals(e.title())).findFirst().orElseThrow(() -> new AssertionError(s.toString()));
        assertEquals("COOPERATION", programme.agreement());
        assertTrue(programme.date() == null || !programme.date().startsWith("1985"), s.toString());
    }

    @Test
    void aFormalNameThatStrengthensTheFriendshipIsNoTwinning() {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run("""
                襄阳与原州签署协议

                2023年11月15日,襄阳市长张三与原州市长金哲共同签署《襄阳市与原州市关于加强两市友好往来的协议书》。
                """, null));
        assertEquals(1, s.size(), s.toString());
        assertEquals("COOPERATION", s.get(0).agreement());
    }
}
