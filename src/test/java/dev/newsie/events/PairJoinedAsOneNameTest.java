package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A twinned pair joined by a dash or a middle dot as one name before the twinning's years (甲-乙友好城市结好30周年,
 * “甲·乙”友城结好20周年): since = the page's year − N — round 13 of issue 9, made-up headlines.
 */
class PairJoinedAsOneNameTest {
    private static final String PAD = "\n\n当天的活动吸引了众多市民前来参观,现场气氛热烈,各方表示将继续加强交流。\n";

    private static Set<String> relations(String text) {
        return relationKeys(run(text + PAD, "2022-06-01"));
    }

    @Test
    void aDashBetweenThePair() {
        Set<String> r = relations("宜昌-埃因霍温友好城市结好30周年纪念活动在宜昌举行。");
        assertTrue(r.contains("埃因霍温-宜昌@1992"), r.toString());
    }

    @Test
    void aMiddleDotInQuotes() {
        Set<String> r = relations("“柳州·辛辛那提”友城结好10周年庆祝会在柳州举行。");
        assertTrue(r.contains("柳州-辛辛那提@2012"), r.toString());
    }
}
