package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delegations of the home city's partners (round 12 of issue 9), in made-up sentences: a list right before 友城代表团
 * with no 等, and 来自友好城市乙的代表 — the partners of the page's one home city.
 */
class PartnerDelegationsTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2019-09-30"));
    }

    @Test
    void aListRightBeforeTheDelegationsStanding() {
        Set<String> r = relations("应我市邀请,美国斯波坎市、日本高山市友城代表团20余名代表来邢台市参加活动。");
        assertTrue(r.containsAll(Set.of("斯波坎-邢台@null", "邢台-高山@null")), r.toString());
    }

    @Test
    void delegatesComingFromAPartnerNamedByItsStanding() {
        Set<String> r = relations("邢台市举办国际友城周。来自友好城市美国斯波坎市的代表参加了开幕式。");
        assertTrue(r.contains("斯波坎-邢台@null"), r.toString());
    }

    @Test
    void partnersListedBeforeTheirStandingAsGuests() {
        // round 13: the list and 等友好城市 before the guests' verb (参加, 出席), no word for delegates
        Set<String> r = relations("9月20日,邢台市举办国际友城交流会,邀请了斯波坎市、高山市等友好城市参加。"
                + "会上各方交流了城市治理经验。");
        assertTrue(r.containsAll(Set.of("斯波坎-邢台@null", "邢台-高山@null")), r.toString());
    }
}
