package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up names: a point in time alone before a forum head tells when a session met; it names no forum. */
class ATimeAloneNamesNoForumTest {
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
}
