package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up reports: the two sides of a signing named by a compound of their one-character names (沪港双方). */
class AbbreviatedSidesTest {
    @Test
    void aCompoundBefore双方IsTheTwoSides() {
        EventExtractor.Result r = run("在两地领导见证下，沪港双方签署了《沪港文化交流合作备忘录》。", "2024-03-02");
        assertTrue(partySets(signings(r)).contains(Set.of("上海", "香港")), partySets(signings(r)).toString());
    }

    @Test
    void documentsListedAfterOneVerbAreSigningsOfTheirOwn() {
        EventExtractor.Result r = run("在两位市长见证下，闽港双方签署了《闽港旅游合作备忘录》《加强福建与香港会展合作意向书》"
                + "《闽港青年交流合作备忘录》《福州大学与香港理工大学学术合作协议书》《闽港科技合作备忘录》。", "2024-03-02");
        assertEquals(5, signings(r).size(), signings(r).toString());
        assertEquals(4, signings(r).stream().filter(e -> partiesOf(e).equals(Set.of("福建", "香港"))).count(),
                signings(r).toString());
    }

    @Test
    void documentsAfterSeveralPairsDoNotMultiplyTheSignings() {
        EventExtractor.Result r = run("泉州市与日本长冈市、韩国金海市签署了《缔结友好城市协议书》和《友好交流关系协定书》。", "2024-03-02");
        assertEquals(2, signings(r).size(), signings(r).toString());
    }
}
