package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.run;
import static dev.newsie.events.MadeUpReports.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports of a host who meets a guest and goes on to sign with the guest named again after 与. */
class MeetingThenSigningTest {
    private static Set<String> partiesOf(Event e) {
        return Set.copyOf(e.parties());
    }

    @Test
    void theHostSignsWithTheGuestNamedAgainAsAPerson() {
        List<Event> ss = signings(run("两市深化交流\n5月7日,烟台市市长周立新会见了日本别府市市长山田太郎率领的代表团一行,"
                + "并与山田太郎签署了经贸交流合作备忘录。", "2024-05-07"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(Set.of("烟台", "别府"), partiesOf(ss.get(0)));
        assertEquals(List.of("周立新", "山田太郎"), ss.get(0).signatories());
    }

    @Test
    void everyVerbOfTheMeetingListIncludingTalksLeadsToTheSignersAndTheirPlaces() {
        List<String> verbs = RoleWords.MEETING_VERBS.words("RECEIVE", "TALK");
        assertEquals(true, verbs.contains("会谈"), verbs.toString());
        for (String verb : verbs) {
            List<Event> ss = signings(run("两市深化交流\n5月7日,烟台市市长周立新" + verb + "了日本别府市市长山田太郎率领的代表团一行,"
                    + "并与山田太郎签署了经贸交流合作备忘录。", "2024-05-07"));
            assertEquals(1, ss.size(), verb + ": " + ss);
            assertEquals(Set.of("烟台", "别府"), partiesOf(ss.get(0)), verb);
            assertEquals(List.of("周立新", "山田太郎"), ss.get(0).signatories(), verb);
        }
    }
}
