package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 就“X”这一主题进行探讨 and 主题:“X”: the forum's theme, discussed or given after a colon (made-up reports). */
class ThemeDiscussedOrLabelledTest {
    @Test
    void aThemeTheDelegatesDiscuss() {
        List<Event> fs = ofType(run("本报讯 11日,2026白州友城论坛在白州举行。与会嘉宾就“山海相连,合作共进”这一主题展开交流。",
                "2026-04-12"), EventType.FORUM);
        assertEquals("山海相连,合作共进", fs.get(0).theme(), fs.toString());
    }

    @Test
    void aThemeAfterAColon() {
        List<Event> fs = ofType(run("本报讯 11日,第二届青河口岸城市论坛在白州举行,主题:“口岸同兴 互利共赢”。",
                "2026-04-12"), EventType.FORUM);
        assertEquals("口岸同兴 互利共赢", fs.get(0).theme(), fs.toString());
    }
}
