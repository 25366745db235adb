package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Made-up reports: signings dated to the same day are one ceremony or one visit's round, so a signing whose own
 * sentence names no place took place where the day's other signing did; a month-level date or two places on the
 * day give none.
 */
class SameDaySigningsShareTheirPlaceTest {
    private static Event withParties(List<Event> signings, String a, String b) {
        return signings.stream().filter(e -> Set.copyOf(e.parties()).equals(Set.of(a, b))).findFirst().orElseThrow();
    }

    @Test
    void aBureausSigningAtTheCeremonyTakesTheDaysPlace() {
        String r = "两市签约\n\n5月8日,烟台市与松本市在烟台签署友好交流协议书。当天,两市市长还会见了企业代表。"
                + "\n\n烟台市教育局与松本市教育委员会于5月8日签署了学生往来合作备忘录。\n";
        List<Event> s = MadeUpReports.signings(MadeUpReports.run(r, "2024-05-09"));
        assertEquals("烟台", withParties(s, "烟台", "松本").location(), s.toString());
        assertEquals("烟台", withParties(s, "烟台市教育局", "松本市教育委员会").location(), s.toString());
    }

    @Test
    void twoPlacesOnTheDayGiveNone() {
        String r = "两市签约\n\n5月8日,烟台市与松本市在烟台签署友好交流协议书。5月8日,襄阳市与庆州市在襄阳签署友好交流协议书。"
                + "\n\n烟台市教育局与松本市教育委员会于5月8日签署了学生往来合作备忘录。\n";
        List<Event> s = MadeUpReports.signings(MadeUpReports.run(r, "2024-05-09"));
        assertNull(withParties(s, "烟台市教育局", "松本市教育委员会").location(), s.toString());
    }

    @Test
    void anAllianceOfManyPlacesFoundedThatDayTakesNone() {
        String r = "友城大会\n\n2024年5月8日,在烟台举行的友城大会上,烟台市同松本市签订友城协议书。"
                + "\n\n值得一提的是,烟台市、襄阳市于8日共同发起,联合首批成员城市(中国威海市、潍坊市,日本松本市)成立海滨城市联盟。\n";
        List<Event> s = MadeUpReports.signings(MadeUpReports.run(r, "2024-05-09"));
        Event alliance = s.stream().filter(e -> e.parties().size() > 2).findFirst().orElseThrow();
        assertEquals("2024-05-08", alliance.date(), s.toString());
        assertNull(alliance.location(), s.toString());
    }
}
