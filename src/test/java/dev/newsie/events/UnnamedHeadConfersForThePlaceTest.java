package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: 甲州州长向乙颁发“X” — the head of a place, unnamed, confers the honour for the place. */
class UnnamedHeadConfersForThePlaceTest {
    private static Event award(String text) {
        List<Event> awards = MadeUpReports.ofType(MadeUpReports.run(text, "2031-10-09"), EventType.AWARD);
        assertEquals(1, awards.size());
        return awards.get(0);
    }

    @Test
    void aForeignStatesGovernorWithoutHisName() {
        assertEquals(List.of("巴伐利亚"), award("颁奖\n10日,德国巴伐利亚州州长向南平市副市长李文华颁发了“友好交流贡献奖”。").giver());
    }

    @Test
    void aForeignMayorWithoutHisName() {
        assertEquals(List.of("松山"), award("颁奖\n10日,日本松山市市长向南平市副市长李文华颁发了“友好交流贡献奖”。").giver());
    }
}
