package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 昨晚, 今晨, 当晚: a day word fused with a part of the day dates what the sentence tells as 昨天, 今天 and 当天 do
 * (made-up wording).
 */
class ADayWordWithAPartOfTheDayTest {
    private static String only(String anchor, String text) {
        List<DateResolver.DateMention> ds = new DateResolver(anchor).find(text, 0, null);
        assertEquals(1, ds.size(), ds.toString());
        return ds.get(0).date();
    }

    @Test
    void lastNightIsTheDayBeforeThePages() {
        assertEquals("2031-04-08", only("2031-04-09", "昨晚,甲乙城市对话会以视频方式举行"));
        assertEquals("2031-04-08", only("2031-04-09", "两市代表昨夜在线签约"));
    }

    @Test
    void thisMorningAndTonightAreThePagesDay() {
        assertEquals("2031-04-09", only("2031-04-09", "今晨,代表团抵达丙市"));
        assertEquals("2031-04-09", only("2031-04-09", "欢迎晚宴今晚举行"));
    }

    @Test
    void thatEveningIsTheDayJustTold() {
        List<DateResolver.DateMention> ds = new DateResolver("2031-04-09").find("4月6日,代表团抵达丙市。当晚,两市签署备忘录。", 0, null);
        assertEquals("2031-04-06", ds.get(1).date());
    }

    @Test
    void aNewspapersNameAndAWordEndingInDangAreNoDay() {
        assertTrue(new DateResolver("2031-04-09").find("据今晚报消息,他担当晚会主持", 0, null).isEmpty());
    }

    @Test
    void nowadaysAndSoFarBeforeAPartOfTheDayAreNoDay() {
        assertTrue(new DateResolver("2031-04-09").find("两市的交往如今早已深入社区,至今晚间航班仍每周往返", 0, null).isEmpty());
    }

    @Test
    void anOnlineSigningLastNightIsDated() {
        Event e = theOneSigning("嘉兴市市长昨晚在嘉兴与法国南锡市市长签署了两市友好城市关系协议书。", "2031-04-09");
        assertEquals("2031-04-08", e.date());
    }
}
