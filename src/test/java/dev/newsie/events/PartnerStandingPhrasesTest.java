package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner named by its standing in further phrases (round 12 of issue 9), in made-up sentences: 作为乙的友好城市 after the
 * subject, the partner's country between subject and standing (甲在乙国的友好城市丙), a visit verb before 姊妹市.
 */
class PartnerStandingPhrasesTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2019-09-30"));
    }

    @Test
    void theSubjectAs作为ThePartnersSisterCity() {
        Set<String> r = relations("邢台市作为斯波坎市的友好城市,应邀参加了博览会。");
        assertTrue(r.contains("斯波坎-邢台@null"), r.toString());
    }

    @Test
    void aPartnerInOneCountry() {
        Set<String> r = relations("邢台市在美国的友好城市斯波坎市派出代表团来访。");
        assertTrue(r.contains("斯波坎-邢台@null"), r.toString());
    }

    @Test
    void aVisitVerbBeforeTheStanding() {
        Set<String> r = relations("邢台市代表团出访了姊妹市斯波坎市。");
        assertTrue(r.contains("斯波坎-邢台@null"), r.toString());
    }
}
