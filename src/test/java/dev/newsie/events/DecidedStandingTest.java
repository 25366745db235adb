package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A decided standing told between the sides and the ceremony's clause (round 29, made-up reports). */
class DecidedStandingTest {
    @Test
    void theSidesBeforeADecidedStandingHoldTheCeremonyThatFollows() {
        String text = "标题\n本报松本3月5日电 记者王明报道:山东烟台市与日本松本市经过多轮商谈,决定建立友好城市的关系,"
                + "签字仪式今天晚上在松本市议事堂举行。";
        Event e = theOneSigning(text, "1992-03-06");
        assertEquals(Set.of("烟台", "松本"), partiesOf(e));
        assertEquals("SISTER_CITY", e.agreement());
        assertEquals("松本", e.location());
        assertEquals("1992-03-05", e.date());
    }

    @Test
    void theTalksThatLedToTheStandingArePassedOverToo() {
        String text = "标题\n本报松本3月5日电 记者王明报道:山东烟台市与日本松本市,经过多年往来和多轮磋商,决定建立友好城市的关系,"
                + "签字仪式今天晚上在松本市议事堂举行。";
        Event e = theOneSigning(text, "1992-03-06");
        assertEquals(Set.of("烟台", "松本"), partiesOf(e));
        assertEquals("松本", e.location());
    }

    @Test
    void onlyAClauseOfStandingIsPassedOver() {
        assertTrue(DecidedStanding.isConsultation("经过多年往来和多轮磋商"));
        assertTrue(!DecidedStanding.isConsultation("Ⓟ经过多轮磋商"));
        assertTrue(DecidedStanding.isStanding("决定结为友好城市"));
        assertTrue(DecidedStanding.isStanding("决定建立友好城市的关系"));
        assertTrue(DecidedStanding.isStanding("正式缔结友好省州"));
        assertTrue(!DecidedStanding.isStanding("双方还谈了港口的事"));
        assertTrue(!DecidedStanding.isStanding("Ⓟ决定结为友好城市"));
    }
}
