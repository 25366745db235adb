package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up pages (invented pair, years and wording): a clause opening a span at the year of a twinning dates the page's one pair. */
class SolePairStartTest {
    private static final String PAIR = "日本大垣市代表团访问绵阳市。大垣市是绵阳市的友好城市。";

    @Test
    void aSpanFromTheYearOfTwinningDatesThePagesOnePair() {
        Set<String> r = relationKeys(run(PAIR + "绵阳市长说,从1966年结好以来的历次互访,让两地越走越近。", null));
        assertTrue(r.contains("大垣-绵阳@1966"), r.toString());
        r = relationKeys(run(PAIR + "大垣市长说,自1966年延续至今的姐妹城市关系是一笔财富。", null));
        assertTrue(r.contains("大垣-绵阳@1966"), r.toString());
    }

    @Test
    void aLaterClauseOfTheSentenceDatesThePairWhenAnEarlierNamesAnotherPlace() {
        Set<String> r = relationKeys(run(PAIR + "绵阳市长说,自1960年与德国波恩市结好以来交往渐多,而自1966年结好以来的历次互访更让两地越走越近。", null));
        assertTrue(r.contains("大垣-绵阳@1966"), r.toString());
    }

    @Test
    void aSpanOfExchangesWithNoTwinningInItDatesNothing() {
        Set<String> r = relationKeys(run(PAIR + "绵阳市长说,自1966年以来,两地友城交流日益密切。", null));
        assertTrue(r.contains("大垣-绵阳@null"), r.toString());
        r = relationKeys(run(PAIR + "绵阳市长回顾了自1966年以来的友城交流活动。", null));
        assertTrue(r.contains("大垣-绵阳@null"), r.toString());
    }

    @Test
    void aTallyOrAGeneralFriendshipSinceAYearDatesNothing() {
        Set<String> r = relationKeys(run(PAIR + "绵阳市长说,自1966年至今友城总数已达十一个。", null));
        assertTrue(r.contains("大垣-绵阳@null"), r.toString());
        r = relationKeys(run(PAIR + "绵阳市长说,自1966年两地人民建立友谊以来,往来不断。", null));
        assertTrue(r.contains("大垣-绵阳@null"), r.toString());
    }

    @Test
    void aSpanNamingAnotherPlaceAnywhereInItsClauseIsNotThePairs() {
        Set<String> r = relationKeys(run(PAIR + "绵阳市长说,自1960年与德国波恩市结好以来,绵阳的对外交往不断扩大。", null));
        assertTrue(r.stream().noneMatch(k -> k.startsWith("大垣-绵阳@1960")), r.toString());
        r = relationKeys(run(PAIR + "绵阳市长说,自1960年结为友好城市的德国波恩市也派员到访。", null));
        assertTrue(r.stream().noneMatch(k -> k.startsWith("大垣-绵阳@1960")), r.toString());
    }

    @Test
    void aClauseCountingSeveralPartnersIsNoPairsStart() {
        Set<String> r = relationKeys(run(PAIR + "绵阳市长说,自1960年先后与十一个城市结为友好城市,绵阳的朋友越来越多。", null));
        assertTrue(r.stream().noneMatch(k -> k.startsWith("大垣-绵阳@1960")), r.toString());
    }
}
