package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** 期间,举办了甲圆桌会、乙论坛、颁奖典礼等20多场活动: the forum's programme names no forums and no topics (made-up report). */
class ProgrammeOfActivitiesTest {
    @Test
    void aCountedProgrammeNamesNoForums() {
        List<Event> fs = ofType(run("本报讯 8日至10日,2026白州国际友好城市大会在白州举行。期间,举办了港口城市市长圆桌会、"
                + "海洋经济与生态城市论坛、沿海地区青年合作论坛、友好城市颁奖典礼等16场重要活动。", "2026-04-12"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertNull(fs.get(0).topics(), fs.toString());
    }
}
