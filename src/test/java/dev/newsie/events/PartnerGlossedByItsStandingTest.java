package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner glossed by its standing alone in brackets (率团访问乙国丙市(姊妹市)): the partner of the home place the clause
 * named before it — round 13 of issue 9, a made-up report.
 */
class PartnerGlossedByItsStandingTest {
    @Test
    void theBracketNamesTheStandingOnly() {
        Set<String> r = relationKeys(run("苗栗县长率团访问日本大仙市(姊妹市),双方就农业观光交流交换了意见。"
                + "\n\n访问团此行还参观了当地的稻米加工厂和温泉设施。\n", "2019-03-02"));
        assertTrue(r.contains("大仙-苗栗@null"), r.toString());
    }
}
