package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A bilateral gathering named by its two sides joined by 与 or 和 (made-up reports). */
class PlacesOpeningAForumNameTest {
    @Test
    void twoSidesJoinedBy与OpenTheName() {
        List<Event> fs = ofType(run("2031年6月2日,甘肃与白俄罗斯地方合作论坛在兰州举行。", "2031-06-03"), EventType.FORUM);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("甘肃与白俄罗斯地方合作论坛", fs.get(0).name());
    }

    @Test
    void aPlaceAfter在IsWhereAndOpensNoName() {
        List<Event> fs = ofType(run("2031年6月2日,代表们在兰州与白俄罗斯地方合作论坛上发言。", "2031-06-03"), EventType.FORUM);
        fs.forEach(f -> assertEquals("白俄罗斯地方合作论坛", f.name()));
    }
}
