package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up reports: a person who became a place's honorary citizen received that honour. */
class BecomingHonoureeTest {
    private static List<Event> awards(String text) {
        return MadeUpReports.ofType(MadeUpReports.run(text, "2031-04-21"), EventType.AWARD);
    }

    @Test
    void becomingTheNthHonoraryCitizenIsReceivingTheHonour() {
        List<Event> a = awards("授证\n4月20日,荷兰籍设计师彼得·范登堡成为泉州市第31位荣誉市民。");
        assertEquals("泉州市荣誉市民", a.get(0).award());
        assertEquals(List.of("彼得·范登堡"), a.get(0).recipients());
    }

    @Test
    void aHopeToBecomeOneIsNoHonour() {
        assertTrue(awards("访问\n荷兰籍设计师彼得·范登堡有望成为泉州市荣誉市民。").isEmpty());
    }
}
