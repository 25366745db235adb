package dev.newsie.events;

import dev.newsie.model.Relation;
import dev.newsie.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which start a pair keeps when a page states it and counts it back from a jubilee. */
class FoundRelationsTest {
    private static final Span AT = new Span(0, 1);

    private static String sinceOf(FoundRelations found) {
        List<Relation> r = found.relations();
        assertEquals(1, r.size(), r.toString());
        return r.get(0).since();
    }

    @Test
    void aStatedYearOutranksOneCountedBackAYearOff() {
        FoundRelations found = new FoundRelations();
        found.putCounted("甲", "乙", "1983", AT); // 结好40周年 counted from the page's year, the jubilee being last year's
        found.put("乙", "甲", "1984", AT);        // 自1984年结好以来
        assertEquals("1984", sinceOf(found));
        found.putCounted("甲", "乙", "1983", AT);
        assertEquals("1984", sinceOf(found));
    }

    @Test
    void aStartCountedBackYearsBeforeASigningIsWhenTheRelationBegan() {
        FoundRelations found = new FoundRelations();
        found.put("甲", "乙", "2020", AT);        // 2020年续签
        found.putCounted("甲", "乙", "2010", AT); // 结好10周年之际续签 in a 2020 page
        assertEquals("2010", sinceOf(found));
    }

    @Test
    void aPairForgottenTakesWhatComesNext() {
        FoundRelations found = new FoundRelations();
        found.put("甲", "乙", "1990", AT);
        found.remove("乙", "甲");
        found.put("甲", "乙", "1995", AT);
        assertEquals("1995", sinceOf(found));
    }

    @Test
    void aSignedTwinningKeepsItsDateAgainstAnEarlierLowerStanding() {
        Span lower = new Span(5, 9);
        FoundRelations found = new FoundRelations(evidence -> evidence.equals(lower));
        found.putSigned("甲", "乙", "2031-05-05", AT); // 签订了友好城市协议书
        found.put("乙", "甲", "2019", lower);          // 于2019年建立友好交流关系
        found.putCounted("乙", "甲", "2021", lower);   // 友好交流协定10周年
        assertEquals("2031-05-05", sinceOf(found));
        found.put("乙", "甲", "2011", AT);             // 2011年续签, a twinning stated years before
        assertEquals("2011", sinceOf(found));
    }
}
