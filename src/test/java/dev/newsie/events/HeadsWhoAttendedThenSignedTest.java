package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.run;
import static dev.newsie.events.MadeUpReports.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports of two heads of place who attend a ceremony and, in a clause of no subject of its own, sign. */
class HeadsWhoAttendedThenSignedTest {
    @Test
    void twoTitledHeadsWhoAttendAndThenSignTogetherSignForTheirPlaces() {
        List<Event> ss = signings(run("襄阳与卡尔米结好\n5月8日,两地代表在襄阳会面。襄阳市市长王明,俄罗斯卡尔米州州长伊万诺夫出席活动,"
                + "并共同签署《关于深化两地交流的备忘录》。", "2024-05-08"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(Set.of("襄阳", "卡尔米"), Set.copyOf(ss.get(0).parties()));
        assertEquals(List.of("王明", "伊万诺夫"), ss.get(0).signatories());
    }

    @Test
    void aProvinceBearingItsCountrysNameIsThatSide() {
        List<Event> ss = signings(run("烟台与巴拿马省结好\n5月8日,两地代表在烟台会面。烟台市市长王明,巴拿马巴拿马省省长伊万诺夫出席活动,"
                + "并共同签署《关于深化两地交流的友好协议书》。", "2024-05-08"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals(Set.of("烟台", "巴拿马"), Set.copyOf(ss.get(0).parties()));
        assertEquals(List.of("王明", "伊万诺夫"), ss.get(0).signatories());
    }
}
