package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up headlines: a bare 今 before the event's verb is the page's day; 至今, 如今 are no day. */
class HeadlineTodayTest {
    @Test
    void aBare今BeforeTheVerbIsToday() {
        List<DateResolver.DateMention> ds = new DateResolver("2022-06-14").find("港湾城市论坛今登场 百位代表与会", 0, null);
        assertEquals(1, ds.size(), ds.toString());
        assertEquals("2022-06-14", ds.get(0).date());
        assertEquals("2022-06-14", new DateResolver("2022-06-14").find("两市今缔盟 市长亲自签约", 0, null).get(0).date());
    }

    @Test
    void soFarAndNowadaysAreNoDay() {
        assertTrue(new DateResolver("2022-06-14").find("论坛至今举行了五届", 0, null).isEmpty());
        assertTrue(new DateResolver("2022-06-14").find("如今举办论坛已成惯例", 0, null).isEmpty());
    }
}
