package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A district's or township's office (区公所, 乡公所) signs for its place, the last unit of its chain (made-up reports). */
class TownshipOfficesTest {
    @Test
    void aDistrictOfficeSignsForItsDistrictAndTwinsIt() {
        List<Event> ss = signings(run("台南市安平区公所与美国丹佛市签署姊妹市协定。", "2023-04-02"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(List.of("安平", "丹佛"), ss.get(0).parties());
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }

    @Test
    void theChainIsCutOnlyBeforeAUnitOfItsOwn() {
        assertEquals("安平", TownshipOffices.placeOf("台南市安平区公所"));
        assertEquals("竹山镇", TownshipOffices.placeOf("竹山镇公所"));
        assertEquals("斗六", TownshipOffices.placeOf("斗六市公所"));
        assertEquals(null, TownshipOffices.placeOf("台南市政府"));
    }
}
