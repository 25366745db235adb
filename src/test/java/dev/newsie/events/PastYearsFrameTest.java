package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Made-up reports: a signing told as the record of past years (近年来…其中) takes no date or place of the forum. */
class PastYearsFrameTest {
    private static final String FORUM = "本报讯 2024年9月10日\n\n2024湖南省国际友城合作会议9日在长沙举行。"
            + "会上,湖南省与格鲁吉亚萨卡里州签订友好省州协议书。\n\n";

    private static Event signingOf(List<Event> ss, String party) {
        return ss.stream().filter(e -> e.parties().contains(party)).findFirst().orElseThrow();
    }

    @Test
    void aSigningAmongThePastYearsRecordHasNoDateOrPlace() {
        List<Event> ss = signings(run(FORUM + "近年来,老挝丰沙省代表团多次来访湖南。其中,丰沙师范学院与湖南大学签署了合作备忘录。", "2024-09-10"));
        Event e = signingOf(ss, "湖南大学");
        assertNull(e.date(), e.toString());
        assertNull(e.location(), e.toString());
        assertEquals("2024-09-09", signingOf(ss, "萨卡里").date());
    }

    @Test
    void theFrameInTheSentenceItselfCountsToo() {
        Event e = signingOf(signings(run(FORUM + "近年来,丰沙师范学院与湖南大学签署了合作备忘录。", "2024-09-10")), "湖南大学");
        assertNull(e.date(), e.toString());
        assertNull(e.location(), e.toString());
    }
}
