package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.run;
import static dev.newsie.events.MadeUpReports.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up reports: a twinning concluded with no 正式 (建立友好城市关系, 结好) in a clause with its own time is an act of
 * that time (GOLD.md §7); without a time, or counted from (以来, 周年), or short of a twinning (友好合作关系), it is not.
 */
class ADatedUnmarkedTwinningIsAnActTest {
    private static Event between(List<Event> s, String a, String b) {
        return s.stream().filter(e -> Set.copyOf(e.parties()).equals(Set.of(a, b))).findFirst().orElse(null);
    }

    @Test
    void aDayThenTwoPlacesJoinedBy同EstablishingATwinning() {
        List<Event> s = signings(run("两市举行交流活动\n\n宝鸡市代表团近日访问图卢兹。1986年4月2日,图卢兹同宝鸡建立友好城市关系。双方回顾了交流成果。", "2026-04-03"));
        Event e = between(s, "宝鸡", "图卢兹");
        assertNotNull(e, s.toString());
        assertEquals("SISTER_CITY", e.agreement());
        assertEquals("1986-04-02", e.date());
    }

    @Test
    void provincesEstablishingTheirTwinningInAYear() {
        List<Event> s = signings(run("交流活动举行\n\n1993年5月,陕西省同法国布列塔尼大区建立友好省州关系。", "2026-05-03"));
        Event e = between(s, "陕西", "布列塔尼");
        assertNotNull(e, s.toString());
        assertEquals("1993-05", e.date());
    }

    @Test
    void aTwinning结好InAMonth() {
        List<Event> s = signings(run("交流活动举行\n\n扬州市与英国肯特郡在1988年10月结好。", "2026-05-03"));
        Event e = between(s, "扬州", "肯特");
        assertNotNull(e, s.toString());
        assertEquals("1988-10", e.date());
    }

    @Test
    void theDayAfter于BetweenPairAndVerb() {
        List<Event> s = signings(run("交流活动举行\n\n宝鸡市与法国图卢兹市于1986年4月2日建立友好城市关系。", "2026-05-03"));
        assertNotNull(between(s, "宝鸡", "图卢兹"), s.toString());
    }

    @Test
    void aTwinning结为OnADayLongPastIsAnActOfThatDay() {
        List<Event> s = signings(run("交流活动举行\n\n扬州与英国肯特郡于1991年6月8日结为友好城市。", "2026-05-03"));
        Event e = between(s, "扬州", "肯特");
        assertNotNull(e, s.toString());
        assertEquals("1991-06-08", e.date());
        // a bare year does not tell the day of the act: 结为 then states the relation
        assertNull(between(signings(run("交流活动举行\n\n扬州与英国肯特郡于1991年结为友好城市。", "2026-05-03")), "扬州", "肯特"));
    }

    @Test
    void undatedCountedFromOrShortOfATwinningIsNoAct() {
        assertTrue(signings(run("交流活动举行\n\n宝鸡市与法国图卢兹市建立了友好城市关系,交流日益密切。", "2026-05-03")).isEmpty());
        assertTrue(signings(run("交流活动举行\n\n宝鸡市与图卢兹市自1986年建立友好城市关系以来,交流日益密切。", "2026-05-03")).isEmpty());
        assertTrue(signings(run("交流活动举行\n\n1986年,宝鸡市与图卢兹市建立友好合作关系,交流日益密切。", "2026-05-03")).isEmpty());
        assertTrue(signings(run("交流活动举行\n\n2026年是宝鸡市与图卢兹市结好40周年。", "2026-05-03")).isEmpty());
    }

    @Test
    void theVerbClosesItsClause() {
        assertNotNull(UnmarkedTwinningVerb.find("甲同乙建立友城关系,", 0));
        assertNull(UnmarkedTwinningVerb.find("甲同乙正式建立友好城市关系,", 0));
        assertNull(UnmarkedTwinningVerb.find("甲乙签署建立友城关系的协议书", 0));
        assertNull(UnmarkedTwinningVerb.find("两市结好40年来", 0));
    }
}
