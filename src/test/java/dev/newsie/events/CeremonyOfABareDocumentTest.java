package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A bare document (签署协议) takes its kind from the ceremony the sentence named (made-up reports). */
class CeremonyOfABareDocumentTest {
    @Test
    void aTwinningCeremonyNamedBeforeMakesTheBareDocumentATwinning() {
        Event e = theOneSigning("宜兰县头城镇与苗栗县南庄乡今天上午在南庄乡公所举行“姐妹乡缔结签约仪式”,由头城镇长陈志明、南庄乡长林国华"
                + "共同签署协议并交换纪念品。", "2024-05-20");
        assertEquals("SISTER_CITY", e.agreement());
    }

    @Test
    void aCeremonyOfCooperationLeavesTheBareDocumentACooperation() {
        Event e = theOneSigning("宜兰县头城镇与苗栗县南庄乡今天上午在南庄乡公所举行“农业合作签约仪式”,由头城镇长陈志明、南庄乡长林国华"
                + "共同签署协议并交换纪念品。", "2024-05-20");
        assertEquals("COOPERATION", e.agreement());
    }
}
