package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.run;
import static dev.newsie.events.MadeUpReports.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up pages: a caption repeating the lead word for word tells the lead's signing once, not twice. */
class RepeatedSentenceTest {
    private static final String HEADLINE = "南宁市与美国斯普林菲尔德市缔结姊妹市\n\n";
    private static final String LEAD = "南宁市日前与美国伊利诺伊州斯普林菲尔德市缔结为姊妹市,仪式由南宁市长张明与斯普林菲尔德市文化委员会"
            + "会长约翰代表斯普林菲尔德市市长共同签署友好互助协定书,双方建立文化合作关系。";

    @Test
    void aCaptionRepeatingTheLeadAddsNoSigning() {
        List<Event> ss = signings(run(HEADLINE + LEAD + "\n\n" + LEAD + "\n\n" + LEAD, "2024-05-10"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }
}
