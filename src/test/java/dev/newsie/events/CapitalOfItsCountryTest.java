package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A city named as its country's capital (新西兰首都惠灵顿) is a party as 新西兰惠灵顿 is (made-up reports). */
class CapitalOfItsCountryTest {
    @Test
    void aCapitalAfterItsCountryIsTheCityParty() {
        EventExtractor.Result r = run("襄阳与新西兰首都惠灵顿保持着良好的姐妹城市关系。", "2023-05-10");
        assertTrue(relationKeys(r).contains("惠灵顿-襄阳@null"), relationKeys(r).toString());
    }

    @Test
    void aCapitalWithTheWordDe() {
        EventExtractor.Result r = run("烟台市与老挝的首都万象市于2019年结为友好城市。", "2023-05-10");
        assertTrue(relationKeys(r).contains("万象-烟台@2019"), relationKeys(r).toString());
    }
}
