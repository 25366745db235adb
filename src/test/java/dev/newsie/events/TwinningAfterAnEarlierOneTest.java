package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner named as the one an earlier twinning came after (继 "following"): 继乙之后又一个与甲结好的城市, 甲继乙之后
 * 第二个缔盟的城市 — 乙 is already 甲's partner — round 13 of issue 9, in made-up sentences.
 */
class TwinningAfterAnEarlierOneTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2016-10-20"));
    }

    @Test
    void theNewPartnerFollowsAnEarlierOneOfTheSameCountry() {
        Set<String> r = relations("两市当天草签了结好意向书。这是继波尔多市之后又一个同温州市结为友好城市的法国城市。");
        assertTrue(r.contains("波尔多-温州@null"), r.toString());
    }

    @Test
    void theHomePlaceSubjectBeforeTheOrdinal() {
        Set<String> r = relations("竹东镇下月将赴日本千叶县缔盟,馆山市将成为竹东镇继石垣市后第二个缔盟的日本城市。");
        assertTrue(r.contains("石垣-竹东镇@null"), r.toString());
        assertFalse(r.contains("竹东镇-馆山@null"), r.toString());
    }

    @Test
    void theHomePlaceNamedEarlierInThePage() {
        // the home place is written with its suffix first, then bare before 继, where no list reads it
        Set<String> r = relations("竹东镇镇长率团访日。竹东下月将与日本千叶县馆山市缔盟,成为竹东继石垣市后第二个缔盟的日本城市。");
        assertTrue(r.contains("石垣-竹东镇@null"), r.toString());
    }
}
