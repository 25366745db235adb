package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A later sentence counting who came with 余/多 tells about the forum just reported (made-up report). */
class ApproximateHeadCountTellsOfTheForumTest {
    private static final ForumExtractor FORUMS = new ForumExtractor(EventLexicon.load(), names());

    @Test
    void anApproximateHeadCountIsTheForumsAttendance() {
        String text = "3月8日,2021年青河市友协系统会长年会在青河宾馆召开。青河市友协会长主持会议,各区县友协的会长或副会长60余人参会。";
        List<Event> fs = FORUMS.extract(new DocumentContext(text, "2021-03-09", entities(text))).stream().map(f -> f.b.build()).toList();
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(60, fs.get(0).attendees());
    }
}
