package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 我省友城乙、丙 (round 12 of issue 9), in a made-up sentence: each listed place is a partner of the page's own province. */
class OwnPlacePartnerListTest {
    @Test
    void partnersListedAfter我省友城AreTheOwnProvincesPartners() {
        Set<String> r = relationKeys(run("河北省获表彰;同时,我省友城日本长野县、美国爱荷华州分别获得友好交流奖。", "2019-09-30"));
        assertTrue(r.containsAll(Set.of("河北-长野", "河北-艾奥瓦").stream().map(k -> k + "@null").collect(java.util.stream.Collectors.toSet())), r.toString());
    }
}
