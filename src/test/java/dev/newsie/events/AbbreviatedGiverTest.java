package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up names and report: a headline's short form of the conferring body gives the award under its full name. */
class AbbreviatedGiverTest {
    @Test
    void aShortFormKeepsTheFirstCharacterTheHeadAndTheOrder() {
        assertTrue(AbbreviatedGiver.abbreviates("甲部驻乙公署", "甲部驻乙特别行政区特派员公署"));
        assertFalse(AbbreviatedGiver.abbreviates("甲市政府", "甲市人民政府")); // one body written two ways
        assertFalse(AbbreviatedGiver.abbreviates("乙市友协", "乙市人民对外友好协会")); // the head is not kept
    }

    @Test
    void theHeadlinesShortFormIsTheBodyNamedInFull() {
        List<Event> awards = MadeUpReports.ofType(MadeUpReports.run(
                "侨务署驻澳公署向4位澳人颁发“睦邻之友”称号\n新华社澳门3月4日电 侨务署驻澳门联络工作公署3日举行"
                        + "年会暨“睦邻之友”颁奖仪式,向4名澳人颁发“睦邻之友”称号。", "2031-03-04"), EventType.AWARD);
        assertEquals(1, awards.size());
        assertEquals(List.of("侨务署驻澳门联络工作公署"), awards.get(0).giver());
    }
}
