package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.ofType;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The body that opens the report's first clause right after the dateline's byline bracket, with the day between it
 * and its verb (…电(记者乙)甲省政府27日向…颁发“X”), gives the award (made-up reports).
 */
class GiverOpeningTheClauseAfterTheBylineTest {
    private static Event only(String text) {
        List<Event> a = ofType(run(text, "2031-09-28"), EventType.AWARD);
        assertEquals(1, a.size(), a.toString());
        return a.get(0);
    }

    @Test
    void theBodyAfterTheBylineWithItsDayGivesTheAward() {
        Event e = only("外国专家获奖\n新华社南京9月27日电(记者周明)江苏省政府27日向12名外国专家颁发“紫金友谊奖”。");
        assertEquals(List.of("江苏省政府"), e.giver());
    }

    @Test
    void theBodyWithItsDayAfterACommaGivesTheAward() {
        Event e = only("外国专家获奖\n27日上午,江苏省政府昨日向12名外国专家颁发“紫金友谊奖”。");
        assertEquals(List.of("江苏省政府"), e.giver());
    }
}
