package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The standings of Taiwan's press right before a partner (甲县姊妹县乙国丙县) and a list of partners after a word for the
 * list (甲市姊妹市名单包括乙、丙) — round 13 of issue 9, made-up sentences.
 */
class TaiwanStandingWordsTest {
    private static final String PAD = "\n\n当天的活动吸引了众多市民前来参观,现场气氛热烈,各方表示将继续加强交流。\n";

    private static Set<String> relations(String text) {
        return relationKeys(run(text + PAD, "2018-08-20"));
    }

    @Test
    void aSisterCountyNamedRightAfterItsHome() {
        Set<String> r = relations("台东县姊妹县日本冲绳县石垣市代表团昨日抵达台东。");
        assertTrue(r.contains("台东-石垣@null"), r.toString());
    }

    @Test
    void aListOfPartnersAfterAWordForTheList() {
        Set<String> r = relations("新竹市姊妹市名单包括美国比佛利山庄市、日本石冈市。");
        assertTrue(r.containsAll(Set.of("新竹-比佛利山庄@null", "新竹-石冈@null")), r.toString());
    }
}
