package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up report: a photo caption confers the award first, with no place; the sentence reporting the award's own
 * prize-giving held (“X奖”颁奖仪式…在甲市隆重举行) places it.
 */
class OwnPrizeGivingPlacesTheAwardTest {
    @Test
    void thePrizeGivingHeldInACityAfterACaption() {
        List<Event> awards = MadeUpReports.ofType(MadeUpReports.run(
                "青峰奖得主受表彰\n(图为甲州省长王大明会见荣获“青峰友谊奖”的几位专家。)\n"
                        + "绿网9月29日讯 本年度“青峰友谊奖”颁奖仪式暨中秋酒会今天在南平举行。",
                "2031-09-29"), EventType.AWARD);
        assertEquals(1, awards.size());
        assertEquals("南平", awards.get(0).location());
    }
}
