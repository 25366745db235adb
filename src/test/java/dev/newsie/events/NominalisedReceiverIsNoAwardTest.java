package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: 获得者 (the one who received) is a noun, and what follows it names no award. */
class NominalisedReceiverIsNoAwardTest {
    @Test
    void theWordsAfter获得者AreNoAward() {
        List<Event> awards = MadeUpReports.ofType(MadeUpReports.run(
                "友谊勋章\n29日,襄阳市举行仪式。市长为“襄阳友谊勋章”获得者颁授勋章,彼得·霍夫曼表示十分荣幸。", "2031-05-17"),
                EventType.AWARD);
        assertEquals(List.of("襄阳友谊勋章"), awards.stream().map(Event::award).toList());
    }
}
