package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up reports: 分别 ("each") written after the place of the act (甲省政府在乙市分别与丙、丁签署) hands the verb to
 * each partner of the list as it does when written before it; the place after 在 is where, not a side.
 */
class EachAfterThePlaceOfSigningTest {
    @Test
    void eachPartnerAfterThePlaceSignsWithTheSubject() {
        String r = "山东结好\n\n4月9日中午,山东省政府在烟台分别与日本长野县、韩国京畿道签署友好合作协议。\n";
        List<Event> ss = MadeUpReports.signings(MadeUpReports.run(r, "2018-04-10"));
        Set<Set<String>> pairs = ss.stream().map(e -> Set.copyOf(e.parties())).collect(Collectors.toSet());
        assertEquals(Set.of(Set.of("山东", "长野"), Set.of("山东", "京畿")), pairs, ss.toString());
        assertTrue(ss.stream().allMatch(e -> "烟台".equals(e.location())), ss.toString());
    }
}
