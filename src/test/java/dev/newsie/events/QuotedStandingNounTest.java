package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A standing noun set in quotes (“姐妹城市”) states a twinning as the bare word does (made-up reports). */
class QuotedStandingNounTest {
    @Test
    void aPairKeepingAQuotedStandingIsAPair() {
        EventExtractor.Result r = run("烟台市与日本松本市一直保持着良好的“姐妹城市”关系。", "2023-05-10");
        assertTrue(relationKeys(r).contains("松本-烟台@null"), relationKeys(r).toString());
    }

    @Test
    void onlyQuotesAroundTheWordAloneAreDropped() {
        assertTrue(QuotedStanding.isWrappingQuote("保持“姐妹城市”关系", 2));
        assertTrue(QuotedStanding.isWrappingQuote("保持“姐妹城市”关系", 7));
        assertFalse(QuotedStanding.isWrappingQuote("签署“结好35周年纪念协议书”", 2));
    }
}
