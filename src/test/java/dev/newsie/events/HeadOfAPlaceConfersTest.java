package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: the head of a city handing an honour over gives it for the city, when no body is said to. */
class HeadOfAPlaceConfersTest {
    private static Event award(String text) {
        return MadeUpReports.ofType(MadeUpReports.run(text, "2031-03-12"), EventType.AWARD).get(0);
    }

    @Test
    void theCityWhoseMayorHandsTheCertificateOverGivesIt() {
        Event e = award("友城来访\n法国里昂代表团昨天拜会台南市长林建华;林建华感谢来宾多年支持,"
                + "并颁发「台南市荣誉市民证书」给前副市长皮埃尔·勒克莱尔。");
        assertEquals(List.of("台南"), e.giver());
    }

    @Test
    void theMayorOfThePagesOwnCityGivesItForThatCity() {
        Event e = award("荣誉市民\n2031-03-12 来源:绍兴网\n昨日下午,市长林建华会见法国友人皮埃尔·勒克莱尔一行,"
                + "并向他颁发“绍兴市荣誉市民”证书。林建华介绍了绍兴的发展情况。");
        assertEquals(List.of("绍兴"), e.giver());
    }

    @Test
    void theAgentMarkerMayOpenTheMayorsClause() {
        Event e = award("荣誉市民\n2031-03-12 来源:绍兴网\n昨日下午,法国友人皮埃尔·勒克莱尔一行来访,由市长林建华"
                + "向他颁发“绍兴市荣誉市民”证书。林建华介绍了绍兴的发展情况。");
        assertEquals(List.of("绍兴"), e.giver());
    }

    @Test
    void aBodyHoldingTheCeremonyStillGivesIt() {
        Event e = award("荣誉市民\n昨日,绍兴市政府举行仪式,绍兴市长林建华为法国友人皮埃尔·勒克莱尔颁发“绍兴市荣誉市民”证书。");
        assertEquals(List.of("绍兴市政府"), e.giver());
    }
}
