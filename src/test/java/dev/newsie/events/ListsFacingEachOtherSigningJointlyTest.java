package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * 甲市、乙市市长和丙市、丁市市长共同签署: two lists of places facing each other, each closed by its heads' title, signing
 * jointly — one document of all the places listed; the place the act happened at is no side (made-up reports).
 */
class ListsFacingEachOtherSigningJointlyTest {
    @Test
    void allThePlacesOfBothListsAreThePartiesOfOneSigning() {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run(
                "2003年5月8日,杭州市、宁波市市长和德国汉堡市、不来梅市市长,在上海共同签署了《港口城市合作宣言》。", "2003-05-09"));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("杭州", "宁波", "汉堡", "不来梅"), Set.copyOf(s.get(0).parties()), s.toString());
    }

    @Test
    void listsFacingEachOtherInATwinningStayPairs() {
        // a twinning is always between two places: four places jointly signing one are no four-party twinning
        List<Event> s = MadeUpReports.signings(MadeUpReports.run(
                "2031年4月9日,温州市、台州市与意大利帕多瓦市、维琴察市共同签署了结好协议书。", "2031-04-10"));
        assertFalse(s.isEmpty(), "the pairs are still read");
        s.forEach(e -> assertEquals(2, e.parties().size(), s.toString()));
    }
}
