package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a twinning said not to exist (从未与甲缔盟的乙) states no relation; one said to exist does. */
class NegatedTwinningTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2025-06-15"));
    }

    @Test
    void aPlaceThatNeverTwinnedWithAnotherIsNoPartnerOfIt() {
        Set<String> r = relations("从未与扬州缔盟的日本樱岛市今年也与两座城市缔结了姊妹市。");
        assertFalse(r.stream().anyMatch(k -> k.contains("扬州") && k.contains("樱岛")), r.toString());
    }

    @Test
    void aPlaceThatTwinnedWithAnotherIsItsPartner() {
        Set<String> r = relations("与扬州缔盟的日本樱岛市代表团昨日来访。");
        assertTrue(r.stream().anyMatch(k -> k.contains("扬州") && k.contains("樱岛")), r.toString());
    }
}
