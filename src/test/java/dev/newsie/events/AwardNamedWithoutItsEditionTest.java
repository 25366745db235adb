package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The year or edition before a prize's name is when it was given, not what it is called (made-up reports). */
class AwardNamedWithoutItsEditionTest {
    private static List<String> awards(String text, String published) {
        return run(text, published).events().stream().filter(e -> e.type() == EventType.AWARD).map(Event::award).toList();
    }

    @Test
    void aYearOfAwardingIsNoPartOfTheName() {
        assertEquals(List.of("瓯江友好合作奖"),
                awards("温州讯 市政府12日举行颁奖仪式,向约翰·史密斯颁发2031年度瓯江友好合作奖。", "2031-10-13"));
    }

    @Test
    void anOrdinalEditionIsNoPartOfTheName() {
        assertEquals(List.of("瓯江友好合作奖"),
                awards("温州讯 彼得·米勒12日荣获第五届瓯江友好合作奖。", "2031-10-13"));
    }

    @Test
    void theFirstEditionIsNoPartOfTheName() {
        assertEquals(List.of("瓯江友好合作奖"),
                awards("温州讯 彼得·米勒12日荣获首届瓯江友好合作奖。", "2031-10-13"));
    }

    @Test
    void aNameThatWouldBeLeftTooShortStaysWhole() {
        assertEquals("2031年度奖", AwardVariants.withoutEdition("2031年度奖"));
    }
}
