package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: an aimag whose name holds a city's (达尔汗乌拉 holds 达尔汗) is the side that twins, read whole. */
class MongolianAimagSidesTest {
    @Test
    void anAimagHoldingACitysNameIsReadWhole() {
        dev.newsie.model.Event e = theOneSigning("当天,张掖市同蒙古国达尔汗乌拉省签订友好城市协议。", "2018-11-17");
        assertEquals(Set.of("张掖", "达尔汗乌拉"), partiesOf(e));
    }
}
