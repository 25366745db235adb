package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 论坛由甲牵头主办: the body that leads the hosting is a host (made-up report). */
class ALeadingHostHostsTest {
    @Test
    void theLeadingBodyIsAnOrganizer() {
        List<Event> fs = ofType(run("本报讯 11日,2026白州国际友城论坛在白州开幕。论坛由白州市人民政府牵头主办。", "2026-04-12"),
                EventType.FORUM);
        assertEquals(List.of("白州市人民政府"), fs.get(0).organizers(), fs.toString());
    }
}
