package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner's official and name between the place and its bracketed gloss (乙国丙市市长某某(甲市友城)): the gloss still
 * names the partner's home — round 13 of issue 9, a made-up report.
 */
class GlossAfterAPartnersOfficialTest {
    @Test
    void theMayorsNameStandsBeforeTheGloss() {
        Set<String> r = relationKeys(run("交流会上,美国塔尔萨市市长约翰(宜宾市友城)发表了视频致辞。"
                + "\n\n当天的活动吸引了众多市民前来参观,现场气氛热烈。\n", "2022-11-03"));
        assertTrue(r.contains("塔尔萨-宜宾@null"), r.toString());
    }
}
