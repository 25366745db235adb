package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences: two places joined by 和 right after the 与 of a twinning are both partners of the subject, not
 * each other's; two places joined by 和 that open the statement are each other's partners.
 */
class PartnersListedAfterWithTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2025-06-15"));
    }

    @Test
    void twoPartnersAfterWithAreNoPair() {
        Set<String> r = relations("扬州市除与樱岛市为姊妹城市外,亦与美国橡树市和日本白川市为姊妹城市。");
        assertFalse(r.stream().anyMatch(k -> k.contains("橡树") && k.contains("白川")), r.toString());
    }

    @Test
    void aListOfPartnersAfterWithIsNoPairWithItsFirstItem() {
        Set<String> r = relations("近年来,扬州市与美国橡树市和日本白川市、法国松林市等城市建立了友好城市关系。");
        assertFalse(r.stream().anyMatch(k -> k.contains("橡树") && k.contains("白川")), r.toString());
    }

    @Test
    void partnersJoinedAfterAWardOrATownOrBy以及AreNoPair() {
        // made up: the first partner ends in 区 or 町, or the two are joined by 以及
        Set<String> ward = relations("扬州市亦与韩国松原区和日本白川町为友好城市。");
        assertFalse(ward.stream().anyMatch(k -> k.contains("松原") && k.contains("白川")), ward.toString());
        Set<String> also = relations("扬州市亦与美国橡树市以及日本白川市为姊妹城市。");
        assertFalse(also.stream().anyMatch(k -> k.contains("橡树") && k.contains("白川")), also.toString());
    }

    @Test
    void twoPlacesThatOpenTheStatementArePartners() {
        Set<String> r = relations("扬州市和日本白川市为姊妹城市。");
        assertTrue(r.stream().anyMatch(k -> k.contains("扬州") && k.contains("白川")), r.toString());
    }
}
