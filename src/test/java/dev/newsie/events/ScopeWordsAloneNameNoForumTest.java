package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 在国际论坛上宣传了…, 出席高层论坛: a word of scope or level alone before a forum head speaks of meetings of a kind
 * and names no forum; the forum reported stays the only one (made-up report).
 */
class ScopeWordsAloneNameNoForumTest {
    @Test
    void anInternationalForumInGeneralIsNoForum() {
        List<Event> fs = ofType(run("由白州市人民政府主办的第三届白州青河友城合作论坛于5月8日在白州市举行。"
                + "青河机械有限公司经理李文青出席论坛并作大会发言,在国际论坛上宣传了本公司的产品。", "2026-05-09"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("第三届白州青河友城合作论坛", fs.get(0).name());
    }

    @Test
    void aSummitOfAKindIsNoForum() {
        List<Event> fs = ofType(run("6月2日,2026白州国际友城峰会在白州市开幕。青河市市长王立平曾多次出席高层峰会。", "2026-06-03"),
                EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
    }
}
