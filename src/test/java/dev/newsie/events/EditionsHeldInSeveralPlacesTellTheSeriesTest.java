package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 甲论坛自2011年开始,已分别在乙、丙等地举办: the places of the editions held so far tell the series' history; the
 * series' name without the year is the reported edition's, and no earlier edition is a forum of its own (made-up report).
 */
class EditionsHeldInSeveralPlacesTellTheSeriesTest {
    private static final String REPORT = "在9月3日至5日于青河举办的“2026白山友好城市合作论坛”上,各方代表共同发布了倡议。"
            + "“白山友好城市合作论坛”自2012年开始,已分别在烟台、襄阳等地举办。"
            + "本次论坛以“联动发展”为主题。";

    @Test
    void oneForumIsReported() {
        List<Event> fs = ofType(run(REPORT, "2026-09-06"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("2026白山友好城市合作论坛", fs.get(0).name());
        assertEquals("联动发展", fs.get(0).theme());
    }

    @Test
    void thePlacesOfEarlierEditionsDoNotPlaceIt() {
        List<Event> fs = ofType(run(REPORT, "2026-09-06"), EventType.FORUM);
        assertEquals("青河", fs.get(0).location(), fs.toString());
    }
}
