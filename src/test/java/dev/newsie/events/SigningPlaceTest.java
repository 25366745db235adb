package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;


import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a signing took place, in made-up reports (round 3 of issue 9). */
class SigningPlaceTest {
    @Test
    void aCeremonyHeldAtACityHallTakesTheCitysPlace() {
        String text = "台南市长黄大文今天与日本鹿儿岛市长山本次郎签署友好交流协定,这项签约仪式在台南市政府举行。";
        Event e = signings(run(text, "2024-05-11")).get(0);
        assertEquals("台南", e.location());
    }

    @Test
    void aSigningOnTheDayOfTheDatelineTookPlaceInTheDatelineCity() {
        String text = "西安与奈良签署备忘录\n新华社西安3月1日电 西安市与日本奈良市1日签署两市经贸合作备忘录。";
        Event e = signings(run(text, "2022-03-02")).get(0);
        assertEquals("2022-03-01", e.date());
        assertEquals("西安", e.location());
    }

    @Test
    void aLocalNewspapersDatelineAlsoPlacesTheSigning() {
        Event e = signings(run("标题\n本报武汉讯 武汉市与泰国曼谷市今天签署友好城市关系协议书。", "2018-11-17")).get(0);
        assertEquals("武汉", e.location());
    }

    @Test
    void aVisitsPlaceIsWhereTheSigningDuringItTookPlace() {
        String text = "4月19日,安徽省省长李明率团访问日本高知县,与高知县知事山田太郎共同签署了交流合作备忘录。";
        assertEquals("高知", signings(run(text, "2022-04-21")).get(0).location());
    }
}
