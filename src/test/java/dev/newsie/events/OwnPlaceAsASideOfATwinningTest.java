package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A municipal or provincial release names its own place 我市/我省 as one side of a twinning it tells (round 19 of
 * issue 9), in made-up sentences: the side is the page's home place, the other the partner, a year told with the
 * act the start; a plan or a letter of intent states no twinning.
 */
class OwnPlaceAsASideOfATwinningTest {
    private static final String LEAD = "宜昌市人民政府外事办公室消息。近日,日本客人一行到访宜昌市,双方就加强交流进行了座谈。";

    private static Set<String> relations(String text) {
        return relationKeys(run(LEAD + text, "2024-05-10"));
    }

    @Test
    void aPartnerTwinnedWithOurCityInAYear() {
        Set<String> r = relations("法国图尔市与我市于1999年缔结友好城市关系,两市交流日益密切。");
        assertTrue(r.contains("图尔-宜昌@1999"), r.toString());
    }

    @Test
    void ourCityTwinnedWithListedPartners() {
        Set<String> r = relations("目前,我市已与法国图尔市、韩国清州市等12个城市结为友好城市。");
        assertTrue(r.containsAll(Set.of("图尔-宜昌@null", "宜昌-清州@null")), r.toString());
    }

    @Test
    void ourCityInAYearWithThePartner() {
        Set<String> r = relations("我市于1999年与法国图尔市建立友好城市关系,这是我市的第一个欧洲友城。");
        assertTrue(r.contains("图尔-宜昌@1999"), r.toString());
    }

    @Test
    void aTwinningAgreementOurCitySignedByLetter() {
        Set<String> r = relations("据外办介绍,我市与法国图尔市函签的建立友好合作关系城市的文件已于上月寄达。");
        assertTrue(r.contains("图尔-宜昌@null"), r.toString());
    }

    @Test
    void ourCityFirstPartnerInACountry() {
        Set<String> r = relations("韩国清州市是我市在韩国的第一个友好城市。");
        assertTrue(r.contains("宜昌-清州@null"), r.toString());
    }

    @Test
    void aPlannedTwinningOrALetterOfIntentStatesNone() {
        Set<String> r = relations("双方希望法国图尔市与我市早日缔结友好城市关系。我市与韩国清州市签署建立友好城市关系意向书。");
        assertFalse(r.stream().anyMatch(k -> k.contains("图尔") || k.contains("清州")), r.toString());
    }
    // round 25 (relations area, made-up sentences): the first pair told with an ordinal, the 友好交流关系 tier, and
    // partners closed by a descriptor after 等 (等沿线国家城市) rather than a count
    @Test
    void ourCitysFirstPairToldWithAnOrdinal() {
        Set<String> r = relations("我市自1985年起与日本汐见市结为首对国际友城,交往不断。");
        assertTrue(r.contains("宜昌-汐见@1985"), r.toString());
    }

    @Test
    void ourCityInFriendlyExchangeRelationsWithCountedPartners() {
        Set<String> r = relations("同时,我市还与美国俄亥俄州雷恩市、日本汐见市等9个国家的12个城市结成了友好交流关系。");
        assertTrue(r.containsAll(Set.of("宜昌-雷恩@null", "宜昌-汐见@null")), r.toString());
    }

    @Test
    void partnersClosedByADescriptorAfter等() {
        Set<String> r = relations("近年来,宜昌市对外交往不断扩大,先后与法国图尔市、韩国清州市等“海上通道”沿岸城市结成友城及友好交流关系。");
        assertTrue(r.containsAll(Set.of("图尔-宜昌@null", "宜昌-清州@null")), r.toString());
    }
}
