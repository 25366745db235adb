package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.partiesOf;
import static dev.newsie.events.MadeUpReports.theOneSigning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Made-up reports of a city's delegation that travels to sign with a province: the province was visited somewhere in
 * it, but the report names no city of the visit, so the signing has no place (a signing's place is a city).
 */
class ProvinceHostPlacesNoSigningTest {
    @Test
    void aDelegationSigningWithAProvinceGivesTheProvinceNoPlaceOfSigning() {
        Event e = theOneSigning("松原市与蒙古国苏赫省结好\n松原市人民政府访问团于9月3日至9月7日出访蒙古国,与苏赫省洽谈合作。"
                + "副市长李青云代表松原市与蒙古国苏赫省签订了友城协议书。", "2024-09-10");
        assertEquals(Set.of("松原", "苏赫"), partiesOf(e));
        assertEquals("SISTER_CITY", e.agreement());
        assertNull(e.location(), e.toString());
    }

    @Test
    void aDelegationSigningWithACityStillSignsAtTheCity() {
        Event e = theOneSigning("松原市与蒙古国苏赫市结好\n松原市人民政府访问团于9月3日至9月7日出访蒙古国,与苏赫市洽谈合作。"
                + "副市长李青云代表松原市与蒙古国苏赫市签订了友城协议书。", "2024-09-10");
        assertEquals(Set.of("松原", "苏赫"), partiesOf(e));
        assertEquals("苏赫", e.location(), e.toString());
    }
}
