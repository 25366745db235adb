package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: an anniversary named with its own year counts back from that year (round 14 of issue 9). */
class AnniversaryYearTest {
    @Test
    void aJubileeInTheComingYearCountsBackFromThatYear() {
        Set<String> r = relationKeys(run("双方就筹备活动交换了意见。明年是宜昌市与韩国金泉市结好25周年。", "2022-04-02"));
        assertTrue(r.stream().anyMatch(k -> k.endsWith("@1998") && k.contains("宜昌") && k.contains("金泉")), r.toString());
    }

    @Test
    void aJubileeNamedWithItsYearCountsBackFromThatYear() {
        Set<String> r = relationKeys(run("会谈中,他说,2023年是宜昌市与韩国金泉市结好25周年。", "2022-04-02"));
        assertTrue(r.stream().anyMatch(k -> k.endsWith("@1998") && k.contains("宜昌") && k.contains("金泉")), r.toString());
    }

    @Test
    void aBareJubileeCountsBackFromThePagesYear() {
        Set<String> r = relationKeys(run("宜昌市与韩国金泉市结好25周年庆祝活动举行。", "2022-04-02"));
        assertTrue(r.stream().anyMatch(k -> k.endsWith("@1997")), r.toString());
    }

    @Test
    void aJubileeSetInAYearWith在CountsBackFromThatYear() {
        Set<String> r = relationKeys(run("宜昌市市长会见了韩国金泉市市长。他邀请客人在2026年两市结好10周年之际再访宜昌。", "2024-03-05"));
        assertTrue(r.stream().anyMatch(k -> k.endsWith("@2016") && k.contains("宜昌") && k.contains("金泉")), r.toString());
    }
}
