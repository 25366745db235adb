package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Made-up reports: the page's publication stamp dates no signing that the text itself leaves undated. */
class UndatedSigningKeepsNoStampTest {
    private static Event only(String text) {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run(text, null));
        assertEquals(1, s.size(), s.toString());
        return s.get(0);
    }

    @Test
    void aStampWithItsSourceFieldDatesNothing() {
        assertNull(only("""
                鹰潭与意大利维琴察市缔结友好城市

                2020-03-05 来源:赣东在线

                市长周文斌与维琴察市副市长马可·罗西代表双方签署了《两市缔结友城协议书》。
                """).date());
    }

    @Test
    void aStampWithItsClockTimeDatesNothing() {
        assertNull(only("""
                鹰潭与意大利维琴察市缔结友好城市

                发布时间:2020-03-05 10:21

                市长周文斌与维琴察市副市长马可·罗西代表双方签署了《两市缔结友城协议书》。
                """).date());
    }

    @Test
    void aDateInTheStoryStillDatesWhatFollows() {
        assertEquals("2020-03-04", only("""
                鹰潭与意大利维琴察市缔结友好城市

                2020年3月4日,维琴察市代表团抵达鹰潭。市长周文斌与维琴察市副市长马可·罗西代表双方签署了《两市缔结友城协议书》。
                """).date());
    }
}
