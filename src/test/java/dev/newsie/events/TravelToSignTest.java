package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Made-up reports: a journey whose purpose is the signing (赴甲缔盟, 前往甲签约) places the signing at its destination. */
class TravelToSignTest {
    private static final String HEAD = "丰城市与堤川市缔结友好城市\n\n2019年8月5日 来源:丰城新闻网\n\n";

    private static String place(String body) {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run(HEAD + body, "2019-08-05"));
        assertEquals(1, s.size(), s.toString());
        return s.get(0).location();
    }

    @Test
    void goingThereToTwinPlacesTheSigning() {
        assertEquals("堤川", place("8月3日,丰城市市长刘伟率代表团赴韩国忠清北道堤川市缔盟交流,在中国驻韩使馆官员见证下,"
                + "刘伟与堤川市市长李相天签订友好城市协议书。\n"));
    }

    @Test
    void goingThereToSignPlacesTheSigning() {
        assertEquals("堤川", place("8月3日,丰城市市长刘伟率代表团前往韩国忠清北道堤川市签约,刘伟与堤川市市长李相天签订友好城市协议书。\n"));
    }

    @Test
    void goingToACountryNamesNoPlace() {
        assertNull(place("8月3日,丰城市市长刘伟率代表团赴韩国签约,刘伟与堤川市市长李相天签订友好城市协议书。\n"));
    }

    @Test
    void goingToThePartnerNamedAfterwardsAsThatCityPlacesTheSigning() {
        assertEquals("堤川", place("丰城市市长刘伟率代表团于3日前往韩国忠清北道的堤川市,与该市签订友好城市协议书。\n"));
    }
}
