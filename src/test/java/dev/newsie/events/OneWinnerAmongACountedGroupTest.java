package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: 甲与其他6位外国专家同时获得“X奖” — the one winner named among a counted group received the award. */
class OneWinnerAmongACountedGroupTest {
    private static Event award(String text) {
        List<Event> awards = MadeUpReports.ofType(MadeUpReports.run(text, "2031-05-03"), EventType.AWARD);
        assertEquals(1, awards.size());
        return awards.get(0);
    }

    @Test
    void aCompanysExpertWithTheOthersAtOnce() {
        assertEquals(List.of("汉斯·延森"), award("友谊奖\n本月2日的联谊会上,我公司首席科学家汉斯·延森博士"
                + "与其他6位外籍专家同时荣获由市政府颁授的“青峰友谊奖”。").recipients());
    }

    @Test
    void anExpertTogetherWithFourMore() {
        assertEquals(List.of("汉斯·延森"), award("友谊奖\n5月2日,丹麦专家汉斯·延森与另外4名外国专家一同荣获“青峰友谊奖”。").recipients());
    }
}
