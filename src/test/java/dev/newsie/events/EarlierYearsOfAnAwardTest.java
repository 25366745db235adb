package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.ofType;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports of an award won again, with the earlier years it was won recalled in a 继…后 clause. */
class EarlierYearsOfAnAwardTest {
    private static List<String> datesOf(List<Event> awards, String award) {
        return awards.stream().filter(e -> award.equals(e.award())).map(Event::date).sorted().toList();
    }

    @Test
    void yearsListedBeforeTheAwardWonAgainAreEachAConferral() {
        List<Event> as = ofType(run("青河市再获交流合作奖\n2031-10-20 来源:青河新闻网\n青河新闻网10月20日讯 记者昨日从市外办获悉，"
                + "继2024年、2026年、2028年我市连续三届获“友城交流合作奖”，2030年获“友城特别贡献奖”后，今年我市再次获得“友城交流合作奖”。",
                "2031-10-20"), EventType.AWARD);
        assertEquals(List.of("2024", "2026", "2028", "2031"), datesOf(as, "友城交流合作奖"), as.toString());
        assertEquals(List.of("2030"), datesOf(as, "友城特别贡献奖"), as.toString());
        as.stream().filter(e -> "友城交流合作奖".equals(e.award())).forEach(e -> assertEquals(List.of("青河"), e.recipients(), e.toString()));
    }

    @Test
    void anAwardWonInAnEarlierYearBesideAnotherIsItsOwnConferral() {
        List<Event> as = ofType(run("我省荣获三个奖项\n2031-12-02 来源:青河日报\n继2027年我省获得“友城特别贡献奖”、2029年获得“友城交流合作奖”后，"
                + "今年我省再度荣获“友城交流合作奖”。", "2031-12-02"), EventType.AWARD);
        assertEquals(List.of("2029", "2031"), datesOf(as, "友城交流合作奖"), as.toString());
    }

    @Test
    void anAwardWonOnlyOnceIsOneConferral() {
        List<Event> as = ofType(run("青河市获交流合作奖\n2031-10-20 来源:青河新闻网\n今年青河市获得“友城交流合作奖”，此前曾于2028年获“友城特别贡献奖”。",
                "2031-10-20"), EventType.AWARD);
        assertEquals(1, datesOf(as, "友城交流合作奖").size(), as.toString());
    }

    @Test
    void theEarlierConferralsOfAnAwardHaveItsGiver() {
        List<Event> as = ofType(run("青河市再获交流合作奖\n2031-10-20 来源:青河新闻网\n青河新闻网10月20日讯 记者昨日从市外办获悉，"
                + "继2024年、2026年我市连续两届获“友城交流合作奖”后，今年我市再次获得“友城交流合作奖”。"
                + "友城交流合作奖由青河友好交流协会设立，每两年评选一次。", "2031-10-20"), EventType.AWARD);
        assertEquals(3, datesOf(as, "友城交流合作奖").size(), as.toString());
        as.stream().filter(e -> "友城交流合作奖".equals(e.award()))
                .forEach(e -> assertEquals(List.of("青河友好交流协会"), e.giver(), e.toString()));
    }
}
