package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: the guest a leader received, taken up again by 他/她 where the honour is conferred. */
class GuestTakenUpByAPronounTest {
    @Test
    void theGuestReceivedIsTheOneTheHonourGoesTo() {
        Event e = MadeUpReports.ofType(MadeUpReports.run("荣誉市民\n昨日,嘉兴市市长周文涛会见了意大利友人马可·贝尔蒂尼女士一行,"
                + "并授予她“嘉兴市荣誉市民”称号。", "2031-07-09"), EventType.AWARD).get(0);
        assertEquals(List.of("马可·贝尔蒂尼"), e.recipients());
    }
}
