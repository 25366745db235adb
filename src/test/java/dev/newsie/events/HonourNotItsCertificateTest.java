package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.ofType;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The certificate handed over stands for the honorary title it certifies, on made-up reports. */
class HonourNotItsCertificateTest {
    @Test
    void aQuotedCertificateNamesTheTitle() {
        List<Event> as = ofType(run("颁赠证书\n(中央社记者李小华屏东9日电)屏东县长陈大明今(9)日颁赠「屏东县荣誉县民证书」给日本友人松田和夫。",
                "2033-04-09"), EventType.AWARD);
        assertEquals(List.of("屏东县荣誉县民"), as.stream().map(Event::award).toList());
        assertEquals(List.of("松田和夫"), as.get(0).recipients());
    }

    @Test
    void theTitleAndItsCertificateInOneReportAreOneAward() {
        List<Event> as = ofType(run("授证\n韶关市政府今天授予德国友人彼得·施密特“韶关市荣誉市民”称号。副市长王明为他颁发了“韶关市荣誉市民证书”。",
                "2033-04-09"), EventType.AWARD);
        assertEquals(List.of("韶关市荣誉市民"), as.stream().map(Event::award).toList());
    }

    @Test
    void aPrizesCertificateIsLeftAlone() {
        assertEquals("友谊奖证书", HonourNotItsCertificate.honour("友谊奖证书"));
        assertEquals("台东县荣誉县民", HonourNotItsCertificate.honour("台东县荣誉县民证"));
    }
}
