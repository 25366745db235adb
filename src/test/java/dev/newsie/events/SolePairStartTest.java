package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up pages: a clause opening a span at the year of a twinning dates the page's one pair (round 47). */
class SolePairStartTest {
    @Test
    void aSpanFromTheYearOfTwinningDatesThePagesOnePair() {
        Set<String> r = relationKeys(run("日本大分市代表团访问九江市。大分市是九江市的友好城市。"
                + "九江市长表示,从1995年结好之初的互访,到今天的全面合作,两市交流不断。", null));
        assertTrue(r.contains("九江-大分@1995"), r.toString());
        r = relationKeys(run("日本大分市代表团访问九江市。大分市是九江市的友好城市。"
                + "大分市长表示,这是自1995年至今姐妹友好城市交往的见证。", null));
        assertTrue(r.contains("九江-大分@1995"), r.toString());
    }

    @Test
    void aSpanOfExchangesWithNoTwinningInItDatesNothing() {
        Set<String> r = relationKeys(run("日本大分市代表团访问九江市。大分市是九江市的友好城市。"
                + "九江市长表示,自2010年以来,两市友城交流日益密切。", null));
        assertTrue(r.contains("九江-大分@null"), r.toString());
        r = relationKeys(run("日本大分市代表团访问九江市。大分市是九江市的友好城市。"
                + "九江市长回顾了自2010年以来的友城交流活动。", null));
        assertTrue(r.contains("九江-大分@null"), r.toString());
    }

    @Test
    void aSpanNamingAnotherPlaceIsNotThePairs() {
        Set<String> r = relationKeys(run("日本大分市代表团访问九江市。大分市是九江市的友好城市。"
                + "九江市长表示,自1988年与德国科隆市结好以来,九江的对外交往不断扩大。", null));
        assertTrue(r.stream().noneMatch(k -> k.startsWith("九江-大分@1988")), r.toString());
    }
}
