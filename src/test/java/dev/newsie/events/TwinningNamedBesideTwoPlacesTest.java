package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sister-city backoff (round 16 of issue 9), in made-up sentences no relation pattern reads: a clause naming
 * twinning with one Chinese and one foreign place states that pair; places joined by 与 pair item by item; the date
 * of the act told is the start; a place after 在 is where it happened; a wish states nothing.
 */
class TwinningNamedBesideTwoPlacesTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2023-06-15"));
    }

    private static boolean has(Set<String> r, String a, String b, String since) {
        return r.contains(a + "-" + b + "@" + since) || r.contains(b + "-" + a + "@" + since);
    }

    @Test
    void aClauseNamingTwinningWithOneChineseAndOneForeignPlaceStatesThePair() {
        Set<String> r = relations("青岛市副市长在市政府会见了日本下关市友城交流团。");
        assertTrue(has(r, "下关", "青岛", "null"), r.toString());
    }

    @Test
    void placesJoinedBy与PairItemByItemDatedByTheAct() {
        Set<String> r = relations("2023年6月5日,青岛市与日本下关市、武汉市与法国波尔多市交换友城结好证书。");
        assertTrue(has(r, "下关", "青岛", "2023-06-05"), r.toString());
        assertTrue(has(r, "波尔多", "武汉", "2023-06-05"), r.toString());
        assertFalse(r.stream().anyMatch(k -> k.contains("青岛") && k.contains("波尔多")), r.toString());
    }

    @Test
    void aPlaceAfter在IsWhereTheActHappenedNotASide() {
        Set<String> r = relations("青岛市代表团在东京与日本下关市代表交换友城结好证书。");
        assertTrue(has(r, "下关", "青岛", "null") || r.stream().anyMatch(k -> k.contains("下关") && k.contains("青岛")), r.toString());
        assertFalse(r.stream().anyMatch(k -> k.contains("东京")), r.toString());
    }

    @Test
    void aWishedTwinningStatesNothing() {
        Set<String> r = relations("青岛市希望与日本下关市早日成为友城。");
        assertTrue(r.isEmpty(), r.toString());
    }
}
