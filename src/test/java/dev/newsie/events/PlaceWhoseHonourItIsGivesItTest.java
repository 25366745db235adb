package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.entities;
import static dev.newsie.events.MadeUpReports.ofType;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A citizenship of honour named with its place is conferred by that place when no body is named (made-up reports). */
class PlaceWhoseHonourItIsGivesItTest {
    @Test
    void aCeremonyWithNoHostLeavesThePlaceOfTheHonourAsGiver() {
        List<Event> a = ofType(run("荣誉市民授证\n8日，第五批扬州市荣誉市民授证仪式在市会议中心举行。市委书记为荣誉市民颁发证书。"
                + "扬州将继续优化营商环境。", "2031-05-09"), EventType.AWARD);
        assertEquals(1, a.size(), a.toString());
        assertEquals(List.of("扬州"), a.get(0).giver());
    }

    @Test
    void aPrizeNamedWithAPlaceIsNotThePlacesCitizenship() {
        assertNull(PlacedHonourGiver.giver("扬州友谊奖", entities("扬州举行颁奖仪式。")));
    }

    @Test
    void aPlaceTheReportDoesNotNameGivesNothing() {
        assertNull(PlacedHonourGiver.giver("江都市荣誉市民", entities("市长颁发证书。")));
    }
}
