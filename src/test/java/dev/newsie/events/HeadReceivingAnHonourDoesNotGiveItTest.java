package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 省长乙被授予“X” / 市长乙获颁“X”: the head of a place as the subject of a passive verb received the honour — the place he
 * heads is not its giver, as it is when he hands it over (市长乙向丙颁发“X”). Made-up reports (invented people).
 */
class HeadReceivingAnHonourDoesNotGiveItTest {
    private static Event award(String text, String published, String name) {
        List<Event> all = run(text, published).events().stream().filter(e -> e.type() == EventType.AWARD).toList();
        return all.stream().filter(e -> name.equals(e.award())).findFirst().orElseThrow();
    }

    @Test
    void aGovernorGivenAnHonourIsNoGiver() {
        Event a = award("授勋\n为表彰黑龙江省的突出贡献,省委副书记、省长王明被授予“睦邻勋章”。", "2031-12-29", "睦邻勋章");
        assertEquals(null, a.giver());
    }

    @Test
    void aMayorHandingAnHonourOverStillGivesItForHisCity() {
        Event a = award("颁证\n宁波市长王明会见了田中一郎,并向田中一郎颁发“荣誉市民证书”。", "2031-05-11", "荣誉市民证书");
        assertEquals(List.of("宁波"), a.giver());
    }
}
