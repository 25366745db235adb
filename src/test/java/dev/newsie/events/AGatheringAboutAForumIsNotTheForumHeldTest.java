package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A forum's press conference (新闻发布会, 记者会) or preparatory meeting held is not the forum held (made-up reports). */
class AGatheringAboutAForumIsNotTheForumHeldTest {
    @Test
    void aPressConferenceAnnouncingTheForum() {
        List<Event> fs = ofType(run("9日，2026白沙国际友城论坛新闻发布会在白沙举行。据介绍，本届论坛将于7月在白沙召开。", "2026-05-10"), EventType.FORUM);
        assertTrue(fs.isEmpty(), fs.toString());
    }

    @Test
    void aTaiwanCityHallsPressConferenceAndAPreparatoryMeeting() {
        List<Event> fs = ofType(run("屏东县政府今日(9日)举行2026南岛城市峰会记者会，宣布峰会将于下月登场。", "2026-05-09"), EventType.FORUM);
        assertTrue(fs.isEmpty(), fs.toString());
        fs = ofType(run("2026黑水河流域城市合作大会筹备会10日在黑水召开。", "2026-05-11"), EventType.FORUM);
        assertTrue(fs.isEmpty(), fs.toString());
    }
}
