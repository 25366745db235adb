package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up report: the mayors of N friendship cities meeting in the sentence after a forum's report are its participants. */
class MayorsOfCountedCitiesAttendTest {
    @Test
    void theCountedCitiesAreTheForumsCities() {
        String text = "5月9日,2023烟台友城合作论坛在线上召开。烟台市市长张明出席,与八座友城的市长及代表视频连线,交流港口建设经验。";
        List<Event> fs = ofType(run(text, "2023-05-10"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(8, fs.get(0).cities());
    }
}
