package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.newsie.events.MadeUpReports.awards;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Made-up reports: a city's key handed over is that city's honour, given at home to the guest named with it. */
class CityKeysTest {
    @Test
    void aKeyGluedToItsCityIsNamedWithItAndGivenByIt() {
        assertKey("会见\n高雄市长陈其迈8日会见美国波特兰市长约翰·克拉克,陈其迈致赠高雄市钥和一套茶具给约翰·克拉克,欢迎他常来。",
                "高雄市钥", "高雄", "约翰·克拉克");
    }

    @Test
    void aKeyJoinedToItsCityBy的IsGivenByThatCity() {
        assertKey("会见\n高雄市长陈其迈8日会见美国波特兰市长约翰·克拉克,并致赠高雄市的市钥予约翰·克拉克,欢迎他常来。",
                "市钥", "高雄", null); // the guest after 予 is not read past the city's 的
    }

    @Test
    void theGuestNamedBetweenTheVerbAndTheKeyReceivesIt() {
        assertKey("访问\n高雄市长陈其迈8日访问美国波特兰。波特兰市长约翰·克拉克送给陈其迈一把刻着他名字的波特兰“市钥”作为纪念。",
                "市钥", "波特兰", "陈其迈");
    }

    /** The key named {@code key} is given by {@code city}, there, to {@code guest} (not checked when null). */
    private static void assertKey(String report, String key, String city, String guest) {
        Map<String, Event> a = awards(report, "2033-04-09");
        Event e = a.get(key);
        assertNotNull(e, a.toString());
        assertEquals(List.of(city), e.giver());
        if (guest != null) {
            assertEquals(List.of(guest), e.recipients());
        }
        assertEquals(city, e.location());
    }
}
