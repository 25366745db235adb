package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A document marking an anniversary of a twinning (结好40周年协议书) is signed by partners already twinned: its kind is
 * not SISTER_CITY (agreement-kinds.tsv; made-up reports).
 */
class TwinningAnniversaryDocumentTest {
    @Test
    void anAnniversaryDocumentFoundsNoTwinning() {
        String text = "烟台与松本举行结好30周年庆典\n12日,山东省烟台市与日本松本市举行庆典。活动中,两市市长签署了“结好30周年协议书”。"
                + "烟台市与松本市于1995年缔结为友好城市。";
        Event e = signings(run(text, "2025-05-12")).stream().filter(s -> "结好30周年协议书".equals(s.title())).findFirst().orElseThrow();
        assertEquals("OTHER", e.agreement(), e.toString());
    }
}
