package dev.newsie.events;

import static dev.newsie.events.MadeUpReports.partiesOf;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up reports: a page credited to a local outlet (来源:甲日报) is that place's own report, so its 我市 is the
 * place the outlet is named after, even when a bare 市委 beside the partner's officials reads as the partner's.
 */
class LocalOutletSpeaksForWeTest {
    private static final String REPORT = """
            曲靖市与四川宜宾市缔结友好城市

            时间:2019-04-18 09:30 来源:曲靖日报 作者:李晓梅

            4月16日,在昆明举行的云南省与四川省战略合作备忘录签约仪式上,我市与四川宜宾市正式缔结为友好城市。市委副书记、市长张国华,宜宾市副市长刘文彬分别代表两市签署了缔结友好城市协议书。副市长赵明、宜宾市政府秘书长陈刚出席签约仪式。
            """;

    @Test
    void weAreThePlaceTheOutletIsNamedAfter() {
        List<Event> ss = MadeUpReports.signings(MadeUpReports.run(REPORT, "2019-04-18"));
        assertTrue(MadeUpReports.partySets(ss).contains(Set.of("曲靖", "宜宾")), ss.toString());
    }

    @Test
    void theTwinningKeepsThePlaceOfItsScene() {
        Event e = MadeUpReports.signings(MadeUpReports.run(REPORT, "2019-04-18")).stream()
                .filter(s -> partiesOf(s).equals(Set.of("曲靖", "宜宾"))).findFirst().orElseThrow();
        assertEquals("昆明", e.location());
    }

    @Test
    void aNationalOutletNamesNoHome() {
        String national = REPORT.replace("来源:曲靖日报", "来源:新华网");
        assertEquals(null, HomeOutlet.place(MadeUpReports.entities(national), dev.newsie.model.EntityType.CITY));
    }
}
