package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up report: two cities twin at the signing ceremony of two provinces' memorandum. The provinces' document is
 * no twinning (a cooperation on the partners' projects, 友好城市项目合作协议, names partners already twinned), the
 * twinning told after the comma is the cities' own, and the signers named next, one by the city he serves, signed
 * the cities' document.
 */
class SigningAtAnotherPairsCeremonyTest {
    private static final String REPORT = """
            莲都区与宜都市缔结友好城市

            时间:2012-06-08 来源:某某日报

            6月4日,在杭州举行的浙江省与湖北省战略合作备忘录暨友好城市项目合作协议签约仪式上,我区与湖北宜都市正式缔结为友好城市。区委副书记、区长王建明,宜都市副市长陈志华分别代表两地签署了缔结友好城市协议书。
            """;

    private static final EventExtractor.Result RESULT = MadeUpReports.run(REPORT, "2012-06-08");

    private static Event of(String a, String b) {
        List<Event> ss = MadeUpReports.signings(RESULT);
        return ss.stream().filter(e -> Set.copyOf(e.parties()).equals(Set.of(a, b))).findFirst().orElseThrow(() -> new AssertionError(ss.toString()));
    }

    @Test
    void theProvincesMemorandumIsNoTwinning() {
        assertEquals("MEMORANDUM", of("浙江", "湖北").agreement());
        assertFalse(MadeUpReports.relationKeys(RESULT).stream().anyMatch(k -> k.contains("浙江")), RESULT.relations().toString());
    }

    @Test
    void theSignersNamedNextSignedTheCitiesDocument() {
        Event cities = of("莲都", "宜都");
        assertTrue(cities.signatories() != null && Set.copyOf(cities.signatories()).equals(Set.of("王建明", "陈志华")), cities.toString());
        assertTrue(of("浙江", "湖北").signatories() == null, of("浙江", "湖北").toString());
    }

    @Test
    void aBracketedQualifierBeforeTheProjectsKeepsTheProvincesMemorandumNoTwinning() {
        EventExtractor.Result r = MadeUpReports.run("""
                莲都区与宜都市缔结友好城市

                时间:2012-06-08 来源:某某日报

                6月4日,在杭州举行的浙江省与湖北省战略合作备忘录暨友好城市(园区)项目合作协议签约仪式上,我区与湖北宜都市正式缔结为友好城市。
                """, "2012-06-08");
        assertFalse(MadeUpReports.relationKeys(r).stream().anyMatch(k -> k.contains("浙江")), r.relations().toString());
        assertTrue(MadeUpReports.signings(r).stream().noneMatch(e -> e.parties().contains("浙江") && "SISTER_CITY".equals(e.agreement())),
                MadeUpReports.signings(r).toString());
    }
}
