package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The standing used as a title right before a foreign place (参与友好城市松本市的庆典, 包含日本友好城市松本市) names a
 * sister city of the home place named before it; a level word before the standing (我省友城) leaves it to the rows
 * that know the page's own place (made-up reports).
 */
class StandingAsATitleBeforeAPartnerTest {
    @Test
    void aTitleAfterAVerb() {
        EventExtractor.Result r = run("襄阳市长今天率团出访日本。此行将参与友好城市松本市建市百年庆典,并考察当地农业。", "2023-05-10");
        assertTrue(relationKeys(r).contains("松本-襄阳@null"), relationKeys(r).toString());
    }

    @Test
    void aTitleAfterThePartnersCountry() {
        EventExtractor.Result r = run("烟台灯会开幕。展区包含日本友好城市松本市带来的花灯,吸引众多市民。", "2023-05-10");
        assertTrue(relationKeys(r).contains("松本-烟台@null"), relationKeys(r).toString());
    }

    @Test
    void aLevelWordBeforeTheStandingNamesAnotherOwner() {
        EventExtractor.Result r = run("烟台代表团抵达。我省友城日本松本市获得表彰。", "2023-05-10");
        assertFalse(relationKeys(r).contains("松本-烟台@null"), relationKeys(r).toString());
    }
}
