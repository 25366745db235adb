package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Partners named in the genre's other phrasings (models/events/relation-patterns.tsv, the rows of the lead's review
 * of round 11): a relative clause, a list after 包括, a list before 等 and the home place, the year before 两市.
 */
class PartnerPhrasingsTest {
    private static final String LEAD = "交流\n10日,济宁市举行国际友城交流活动。";

    @Test
    void aPlaceTwinnedWithTheHomePlaceInARelativeClauseIsItsPartner() {
        assertTrue(relationKeys(run(LEAD + "与济宁结好的横滨市派出代表团参加。", "2025-06-11")).contains("横滨-济宁@null"));
    }

    @Test
    void partnersListedAfter包括AreThePlacesPartners() {
        var keys = relationKeys(run(LEAD + "济宁市的国际友好城市遍布各大洲,包括日本横滨、韩国大邱等。", "2025-06-11"));
        assertTrue(keys.containsAll(java.util.Set.of("横滨-济宁@null", "大邱-济宁@null")), keys.toString());
    }

    @Test
    void partnersListedBefore等AndTheHomePlaceAreItsPartners() {
        var keys = relationKeys(run(LEAD + "横滨、大邱、奈良等济宁市友好城市的代表出席。", "2025-06-11"));
        assertTrue(keys.containsAll(java.util.Set.of("横滨-济宁@null", "大邱-济宁@null", "奈良-济宁@null")), keys.toString());
    }

    @Test
    void theYearOfTheTwinningBefore两市DatesThePair() {
        var keys = relationKeys(run(LEAD + "日本横滨市代表团出席。自1995年结为友好城市以来,两市往来密切。", "2025-06-11"));
        assertTrue(keys.contains("横滨-济宁@1995"), keys.toString());
    }
}
