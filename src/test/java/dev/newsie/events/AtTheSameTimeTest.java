package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A signing told with 同时 right after another takes that one's day (round 29, made-up reports). */
class AtTheSameTimeTest {
    @Test
    void aSigningToldWithTongshiTakesTheDayOfTheSigningJustTold() {
        String text = "标题\n襄阳市政府访问团于5月8日至5月12日出访日本,与松本市正式结为友城。"
                + "副市长王强代表襄阳市与日本松本市签署友城协议书。同时,樊城区与日本安昙野市签署了文化往来意向书。";
        List<Event> ss = signings(run(text, "2024-05-20"));
        assertEquals(2, ss.size(), ss.toString());
        Event second = ss.stream().filter(e -> partiesOf(e).equals(Set.of("樊城", "安昙野"))).findFirst().orElseThrow();
        assertEquals("2024-05", second.date());
    }

    @Test
    void aSentenceWithADayOfItsOwnKeepsIt() {
        assertEquals(false, AtTheSameTime.carriesOver("同时,12日,Ⓟ与Ⓟ签署了意向书", 12));
        assertEquals(true, AtTheSameTime.carriesOver("同时,Ⓟ与Ⓟ签署了意向书", 8));
    }
}
