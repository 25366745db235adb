package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.run;
import static dev.newsie.events.MadeUpReports.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A signing's place set by a scene-setting clause or by the visit it belongs to (round 11 of issue 9); made-up sentences. */
class SigningSceneTest {
    private static String place(String text) {
        List<Event> s = signings(run(text, "2025-06-10"));
        assertEquals(1, s.size(), s.toString());
        return s.get(0).location();
    }

    @Test
    void aClauseOfOnly在AndAPlaceFramesTheSigningAfterIt() {
        assertEquals("横滨", place("济宁市长率团访问日本。10日上午,在横滨市,济宁市市长王明与横滨市市长山田太郎签署了两市友好城市协议书。"));
    }

    @Test
    void aWitnessClauseIsNoScene() {
        assertNull(place("10日,在日本驻华使馆的见证下,济宁市与日本横滨市以视频方式签署了两市友好城市协议书。"));
    }

    @Test
    void aSentenceOpenedBy访问期间TakesThePlaceOfTheVisitJustTold() {
        assertEquals("横滨", place("应对方邀请,济宁市长10日率团抵达横滨进行友好访问。访问期间,两市签署了友好城市协议书。"));
    }
}
