package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A prize's name that is the stem of the prizes a report confers names their family, no prize (made-up reports). */
class FamilyAwardNameTest {
    private static List<String> awards(String text) {
        return run(text, "2031-09-24").events().stream().filter(e -> e.type() == EventType.AWARD).map(Event::award).toList();
    }

    @Test
    void theStemOfLongerPrizesNamesTheirFamily() {
        assertTrue(FamilyAwardName.namesAFamily("青河奖", List.of("青河荣誉奖", "青河纪念奖")));
        assertTrue(FamilyAwardName.namesAFamily("湖阳奖", List.of("第五届湖阳国际城市创新奖")));
        // the same words before 奖, or a stem of one character, make no family
        assertFalse(FamilyAwardName.namesAFamily("友谊奖", List.of("白山友谊奖")));
        assertFalse(FamilyAwardName.namesAFamily("金奖", List.of("金质纪念奖")));
        assertFalse(FamilyAwardName.namesAFamily("青河奖", List.of("白山友谊奖")));
    }

    @Test
    void theFamilyIsNoAwardButItsPrizesAre() {
        assertEquals(List.of("青河荣誉奖", "青河纪念奖"),
                awards("青河市表彰外籍友人\n“青河奖”分两级:张伟和李强分获“青河荣誉奖”与“青河纪念奖”。"));
        assertEquals(List.of("白山友谊纪念奖"),
                awards("白山市获奖\n白山市政府通过颁发“白山奖”鼓励外籍人士参与城市建设。昨天,20位外籍人士获得“白山友谊纪念奖”。"));
        assertEquals(List.of("湖阳城市治理创新奖"),
                awards("湖阳颁奖\n昨天,湖阳城市治理创新奖(简称“湖阳奖”)颁奖仪式举行,白山市、青河市获奖。"));
    }

    @Test
    void twoPrizesOfOtherStemsStayApart() {
        assertEquals(2, awards("两项奖揭晓\n昨天,青河市人民政府向张伟颁发“青河奖”,白山市人民政府向李强颁发“白山友谊奖”。").size());
    }
}
