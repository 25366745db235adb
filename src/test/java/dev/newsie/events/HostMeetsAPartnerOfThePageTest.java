package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A host meeting a guest city named by its standing with no place of the host's own in the clause (市长某某会见了来访的
 * 友城乙国丙市市长): the guest is the partner of the page's one home city — round 13 of issue 9, made-up reports.
 */
class HostMeetsAPartnerOfThePageTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2020-10-12"));
    }

    @Test
    void theHomeCityIsThePagesOnlyOne() {
        Set<String> r = relations("本报讯 日前,市长周八会见了来访的友城法国图卢兹市副市长一行。周八表示,希望双方在航空领域加强合作。"
                + "代表团此行还参观了株洲的轨道交通企业。");
        assertTrue(r.contains("图卢兹-株洲@null"), r.toString());
    }

    @Test
    void noHomeWhereThePageNamesTwoCities() {
        Set<String> r = relations("本报讯 日前,市长周八会见了来访的友城法国图卢兹市副市长一行。代表团此行还将前往株洲、湘潭考察。");
        assertFalse(r.stream().anyMatch(k -> k.contains("图卢兹")), r.toString());
    }
}
