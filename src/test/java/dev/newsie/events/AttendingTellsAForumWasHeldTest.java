package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attending a named meeting (出席), like taking part in it, tells that it was held (made-up reports). */
class AttendingTellsAForumWasHeldTest {
    private static final ForumExtractor FORUMS = new ForumExtractor(EventLexicon.load(), names());

    private static List<Event> run(String text) {
        return FORUMS.extract(new DocumentContext(text, "2019-06-12", entities(text))).stream().map(f -> f.b.build()).toList();
    }

    @Test
    void aMeetingAttendedIsAForum() {
        List<Event> fs = run("青河市友协会长在青河会见了来华出席第二届中国—北欧地方领导人会议的丹麦代表团一行。");
        assertEquals(List.of("第二届中国—北欧地方领导人会议"), fs.stream().map(Event::name).toList());
    }

    @Test
    void aMeetingToBeAttendedIsNone() {
        assertTrue(run("丹麦代表团将于下月出席第二届中国—北欧地方领导人会议。").isEmpty());
    }
}
