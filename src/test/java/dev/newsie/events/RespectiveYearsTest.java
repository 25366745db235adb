package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One place twinned with listed partners in years listed after 分别, in made-up sentences with swapped names. */
class RespectiveYearsTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2024-06-12"));
    }

    @Test
    void yearsAfterThePartners() {
        Set<String> r = relations("南通市与法国图尔市、美国坦佩市分别于1983年和2002年结为友好城市,交流日益密切。");
        assertTrue(r.containsAll(Set.of("南通-图尔@1983", "南通-坦佩@2002")), r.toString());
    }

    @Test
    void yearsBeforeThePartners() {
        Set<String> r = relations("九江市分别于1991年、2005年与德国奥格斯堡市、匈牙利佩奇市建立友好城市关系。");
        assertTrue(r.containsAll(Set.of("九江-奥格斯堡@1991", "九江-佩奇@2005")), r.toString());
    }

    @Test
    void countsThatDifferPairNoYear() {
        Set<String> r = relations("南通市与法国图尔市、美国坦佩市、日本金泽市分别于1983年和2002年结为友好城市。");
        assertFalse(r.stream().anyMatch(k -> k.endsWith("@1983") || k.endsWith("@2002")), r.toString());
    }

    // round 27 (relations area): the years told first, 分别 only before the partners
    @Test
    void yearsFirstThenRespectivelyThePartners() {
        Set<String> r = relations("九江市于1991年和2005年分别与德国奥格斯堡市、匈牙利佩奇市结为友好城市。");
        assertTrue(r.containsAll(Set.of("九江-奥格斯堡@1991", "九江-佩奇@2005")), r.toString());
    }
}
