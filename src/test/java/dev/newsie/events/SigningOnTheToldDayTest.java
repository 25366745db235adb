package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up report: a signing its own clause leaves undated, after a sentence dated only by its month, happened in
 * that month (the report tells its events in order).
 */
class SigningOnTheToldDayTest {
    @Test
    void anUndatedSigningTakesTheMonthOfTheSentenceBefore() {
        String r = "两市交流\n\n2022年5月,湖州市代表团访问智利特木科市。\n访问期间,湖州市与特木科市签订了旅游合作协议。\n";
        List<Event> ss = MadeUpReports.signings(MadeUpReports.run(r, "2022-06-20"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("2022-05", ss.get(0).date(), ss.get(0).toString());
    }
}
