package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pair said to stand as partners with 作为/同为 ("as", "both are"), and the compound standings of two ranks
 * (友好省县 for a Chinese province and a Japanese prefecture, 友好省道 for a Korean do) — round 13 of issue 9, in made-up
 * sentences.
 */
class StandingSharedByThePairTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2018-04-02"));
    }

    @Test
    void aPairAsProvinceAndPrefecturePartners() {
        Set<String> r = relations("省长会见了日本冈山县知事一行。山东与冈山作为友好省县,多年来在农业和教育领域开展了务实合作。");
        assertTrue(r.contains("冈山-山东@null"), r.toString());
    }

    @Test
    void aPrefectureNamedBareBeforeAs() {
        // the prefecture first named with its suffix is named bare before 作为, which the segmenter reads across
        Set<String> r = relations("日本长野县知事一行抵达武汉。湖北与长野作为友好省县,双方在环保领域的合作日益紧密。");
        assertTrue(r.contains("湖北-长野@null"), r.toString());
    }

    @Test
    void aPairThatAreBothFriendshipCities() {
        Set<String> r = relations("会谈中双方表示,温州市与意大利普拉托市同为友好城市,应进一步深化纺织业合作。");
        assertTrue(r.contains("普拉托-温州@null"), r.toString());
    }
}
