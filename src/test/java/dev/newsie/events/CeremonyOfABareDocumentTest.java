package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A bare document (签署协议) takes its kind from the ceremony the sentence named (made-up reports). */
class CeremonyOfABareDocumentTest {
    @Test
    void aTwinningCeremonyNamedBeforeMakesTheBareDocumentATwinning() {
        Event e = theOneSigning("花莲县光复乡与台南市玉井区昨日在玉井区公所举行“姊妹镇缔结签字仪式”,由光复乡长王一文、玉井区长李二武"
                + "共同签署协议,并合影留念。", "2024-05-20");
        assertEquals("SISTER_CITY", e.agreement());
    }

    @Test
    void aCeremonyOfCooperationLeavesTheBareDocumentACooperation() {
        Event e = theOneSigning("花莲县光复乡与台南市玉井区昨日在玉井区公所举行“农业合作签约仪式”,由光复乡长王一文、玉井区长李二武"
                + "共同签署协议,并合影留念。", "2024-05-20");
        assertEquals("COOPERATION", e.agreement());
    }
}
