package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up report: two places twin at a forum's closing session, a year after their memorandum on friendly exchanges.
 * The memorandum, dated apart and named apart, is a signing of its own, not the twinning told again; the twinning,
 * dated only by the sentence before, keeps its day and place.
 */
class FollowUpAfterAnEarlierMemorandumTest {
    private static final String REPORT = """
            固原市与吉尔吉斯斯坦楚河州托克马克市签署缔结友好城市协议书

            时间:2024-06-21

            6月20日下午,第三届中国—中亚地方合作论坛闭幕式在西安举行。闭幕式上,固原市与吉尔吉斯斯坦楚河州托克马克市签署缔结友好城市协议书。去年8月2日,托克马克市与固原市签署了建立友好交流关系备忘录。两市将在文旅、农业等领域深化合作。
            """;

    private static final EventExtractor.Result RESULT = MadeUpReports.run(REPORT, "2024-06-21");

    @Test
    void theEarlierMemorandumIsASigningOfItsOwn() {
        List<Event> s = MadeUpReports.signings(RESULT);
        assertEquals(2, s.size(), s.toString());
        Event memo = s.stream().filter(e -> "2023-08-02".equals(e.date())).findFirst().orElseThrow(() -> new AssertionError(s.toString()));
        assertEquals("建立友好交流关系备忘录", memo.title(), s.toString());
    }

    @Test
    void theTwinningKeepsItsDayAndPlace() {
        List<Event> s = MadeUpReports.signings(RESULT);
        Event twinning = s.stream().filter(e -> "缔结友好城市协议书".equals(e.title())).findFirst().orElseThrow(() -> new AssertionError(s.toString()));
        assertEquals("2024-06-20", twinning.date(), s.toString());
        assertEquals("西安", twinning.location(), s.toString());
    }
}
