package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: the one who speaks for the winners of the award just named is one of them. */
class WinnersRepresentativeTest {
    private static Event award(String text) {
        return MadeUpReports.ofType(MadeUpReports.run(text, "2031-09-28"), EventType.AWARD).get(0);
    }

    @Test
    void theWinnersRepresentativeNamedAfterTheWords() {
        Event e = award("颁奖\n27日,甘肃省政府举行“陇原友谊奖”颁奖仪式,向8位外国专家颁奖。获奖专家代表、荷兰专家彼得·范登堡在仪式上发言。");
        assertEquals(List.of("彼得·范登堡"), e.recipients());
    }

    @Test
    void thePersonSpeakingForTheWinners() {
        Event e = award("颁奖\n27日,甘肃省政府举行“陇原友谊奖”颁奖仪式,向8位外国专家颁奖。荷兰代尔夫特大学露西·贝克教授代表获奖者致辞。");
        assertEquals(List.of("露西·贝克"), e.recipients());
    }

    @Test
    void aHostGreetingTheWinnersIsNoneOfThem() {
        Event e = award("颁奖\n27日,甘肃省政府举行“陇原友谊奖”颁奖仪式,向8位外国专家颁奖。省长赵立新代表省政府向获奖者表示祝贺。");
        assertEquals(null, e.recipients());
    }
}
