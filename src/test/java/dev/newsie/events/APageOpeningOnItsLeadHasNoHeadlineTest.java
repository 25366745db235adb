package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A page whose first line is a report's sentence (long, closed by a full stop) opens on its lead, not a headline: the
 * honour conferred there has the sentence's date and place; a headline above the lead still gives none (made-up wording).
 */
class APageOpeningOnItsLeadHasNoHeadlineTest {
    private static Event award(String text) {
        List<Event> as = ofType(run(text, null), EventType.AWARD);
        assertEquals(1, as.size(), as.toString());
        return as.get(0);
    }

    @Test
    void theLeadsCeremonyIsDatedAndPlaced() {
        Event a = award("昨天,2031年江西省“庐山友谊奖”颁奖仪式在南昌举行,来自8个国家的12位外国专家获此殊荣。\n今年的获奖者来自多个领域。");
        assertEquals("2031", a.date());
        assertEquals("南昌", a.location());
    }

    @Test
    void aLeadWithItsDayWrittenOut() {
        Event a = award("2031年5月8日,湖北省人民政府在武汉为10位外国专家颁发“楚天友谊奖”,表彰他们作出的贡献。\n获奖专家来自5个国家。");
        assertEquals("2031-05-08", a.date());
    }

    @Test
    void aLeadTellingTheConferralAfterTheCeremony() {
        Event a = award("今天上午,福建省人民政府在福州举行仪式,向12位外国专家授予“闽江友谊奖”。\n获奖专家来自5个国家。");
        assertEquals("福州", a.location());
    }

    @Test
    void aHeadlineWithoutAFullStopStillGivesNoDate() {
        Event a = award("2031年“庐山友谊奖”颁奖仪式在南昌举行 12位外国专家获此殊荣\n来自8个国家的专家出席了仪式,气氛热烈。");
        assertNull(a.date());
    }
}
