package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up names: a point in time or an ordinal, with at most the kind of gathering, before a forum head tells when or
 * which session met; it names no forum.
 */
class WhenOrWhichSessionAloneNamesNoForumTest {
    private final ForumNames names = new ForumNames(EventLexicon.load());

    @Test
    void aClockTimeOrADayBeforeTheHeadNamesNothing() {
        assertFalse(names.properName("今天下午3时会议"));
        assertFalse(names.properName("当天上午10点半的大会"));
        assertFalse(names.properName("8月12日论坛"));
    }

    @Test
    void aYearAloneBeforeASummitNamesNothing() {
        assertFalse(names.properName("2031年高峰会"));
        assertFalse(names.properName("2029年峰会"));
    }

    @Test
    void aYearBeforeWordsThatNameStillNames() {
        assertTrue(names.properName("2031年青河城市高峰会"));
        assertTrue(names.properName("2029松岭国际友城论坛"));
        assertTrue(names.properName("第五届湖滨市长会议"));
    }

    @Test
    void anOrdinalBeforeOnlyTheKindNamesNothing() {
        assertFalse(names.properName("第六次合作会议"));
        assertFalse(names.properName("2030年第二届国际交流会"));
        assertFalse(names.properName("第九届论坛"));
        assertTrue(names.properName("第六次松岭合作会议"));
        assertTrue(names.properName("2030友好交流会"));
    }
}
