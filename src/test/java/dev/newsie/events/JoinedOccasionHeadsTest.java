package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up runs after 暨: which end on the head of an occasion joined to a forum. */
class JoinedOccasionHeadsTest {
    @Test
    void gatheringsExpositionsAndFestivalsEndAJoinedOccasionAndCeremoniesDoNot() {
        assertTrue(JoinedOccasionHeads.endsOnOne("经贸洽谈会"));
        assertTrue(JoinedOccasionHeads.endsOnOne("友城交流节"));
        assertTrue(JoinedOccasionHeads.endsOnOne("展览"));
        assertTrue(JoinedOccasionHeads.endsOnOne("青年联欢会"));
        // a ceremony, a prize-giving and a hall are no occasion of their own kind
        assertFalse(JoinedOccasionHeads.endsOnOne("签约仪式"));
        assertFalse(JoinedOccasionHeads.endsOnOne("颁奖典礼"));
        assertFalse(JoinedOccasionHeads.endsOnOne("展览厅"));
    }

    @Test
    void aFriendshipGatheringEndsAnOccasionJoinedByJi() {
        // 2031年度友城会员大会暨联谊会: 联谊会 (models/events/joined-occasion-heads.tsv) closes the part after 暨
        assertTrue(JoinedOccasionHeads.endsOnOne("联谊会"));
        assertTrue(JoinedOccasionHeads.endsOnOne("友城青年联谊会"));
    }
}
