package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up reports of bodies signing where only one side is named: the named side alone is the party. */
class SigningWithOneNamedSideTest {
    @Test
    void ourSchoolWithACityGovernmentIsASigningOfThatCity() {
        Event s = theOneSigning("5月9日,我校与烟台市人民政府签订人才培养合作协议。", "2031-05-10");
        assertEquals(Set.of("烟台"), partiesOf(s));
        assertEquals("COOPERATION", s.agreement());
        assertEquals("2031-05-09", s.date());
    }

    @Test
    void listedBodiesSigningWithPartnersToldByKindSignEachOnTheirOwn() {
        List<Event> ss = signings(run("5月9日,交流会上,烟台大学、鲁东大学分别同有关科研机构签订了联合培养协议。", "2031-05-10"));
        assertEquals(Set.of(Set.of("烟台大学"), Set.of("鲁东大学")), partySets(ss));
    }

    @Test
    void aBodySigningWithTheSchoolsOfPartnerCitiesIsTheOneParty() {
        List<Event> ss = signings(run("5月9日,烟台大学同各国外院校代表签订《烟台大学海外院校联合宣言》。", "2031-05-10"));
        assertEquals(Set.of(Set.of("烟台大学")), partySets(ss));
    }

    @Test
    void placesSigningWithCompaniesOfAKindAreNoSigningOfTheGenre() {
        List<Event> ss = signings(run("5月9日,烟台市、襄阳市分别同当地企业签订了投资项目协议。", "2031-05-10"));
        assertTrue(ss.isEmpty(), ss.toString());
    }
}
