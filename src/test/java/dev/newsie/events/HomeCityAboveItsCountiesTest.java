package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The home city of a delegation list stays the one city a page names where it also names that city's own districts
 * and counties (they lie below it), but not where it names a second city — round 13 of issue 9, made-up reports.
 */
class HomeCityAboveItsCountiesTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2021-09-08"));
    }

    @Test
    void theCitysOwnCountiesLeaveItTheHome() {
        Set<String> r = relations("南京市举办国际友城论坛。美国圣路易斯市、德国莱比锡市等20名友城代表作了发言。"
                + "江宁区、溧水区等区县与企业签署了合作协议。");
        assertTrue(r.containsAll(Set.of("南京-圣路易斯@null", "南京-莱比锡@null")), r.toString());
    }

    @Test
    void aSecondCityLeavesTheHomeInDoubt() {
        Set<String> r = relations("南京市举办国际友城论坛。美国圣路易斯市、德国莱比锡市等20名友城代表作了发言。"
                + "苏州市、无锡市的代表也出席了论坛。");
        assertFalse(r.contains("南京-莱比锡@null"), r.toString());
    }
}
