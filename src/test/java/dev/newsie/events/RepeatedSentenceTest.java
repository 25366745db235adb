package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.run;
import static dev.newsie.events.MadeUpReports.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up pages: a caption repeating the lead word for word tells the lead's signing once, not twice. */
class RepeatedSentenceTest {
    private static final String HEADLINE = "白山市与南特市结为友好城市\n\n";
    private static final String LEAD = "白山市近日与法国南特市正式结为友好城市,两市市长在结好仪式上签署了友好城市协议书,"
            + "双方还将在青少年和文化领域开展交流。";

    @Test
    void aCaptionRepeatingTheLeadAddsNoSigning() {
        List<Event> ss = signings(run(HEADLINE + LEAD + "\n\n" + LEAD + "\n\n" + LEAD, "2031-04-20"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }

    @Test
    void aCaptionCarryingACreditLineAddsNoSigning() {
        List<Event> ss = signings(run(HEADLINE + LEAD + "\n\n" + LEAD + "〈白山市外办提供〉", "2031-04-20"));
        assertEquals(1, ss.size(), ss.toString());
    }
}
