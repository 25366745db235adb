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
                "省长为获“青峰友谊奖”外国专家颁奖\n(9月29日,甲州省长王大明会见荣获第四届“青峰友谊奖”的外国专家。)\n"
                        + "绿网9月29日讯(记者李小二)今天上午,甲州省第四届“青峰友谊奖”颁奖仪式暨国庆招待会在南平隆重举行。",
                "2031-09-29"), EventType.AWARD);
        assertEquals(1, awards.size());
        assertEquals("南平", awards.get(0).location());
    }
}
