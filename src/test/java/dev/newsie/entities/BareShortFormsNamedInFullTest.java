package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up reports: a bare 市友协 is the city's friendship association, named by its full name
 * (某市人民对外友好协会, GOLD.md §7); bare offices for Hong Kong and Macau, Taiwan or overseas Chinese affairs
 * (市港澳办, 省台办, 市侨办) are the place's like 市外办.
 */
class BareShortFormsNamedInFullTest {
    private static final BareOrganizationReferences REFS = BareOrganizationReferences.load();

    private static Candidate place(String text, String name, EntityType type) {
        int s = text.indexOf(name);
        return new Candidate(s, s + name.length(), type, name, "中国", Candidate.Source.GAZETTEER);
    }

    @Test
    void aBareFriendshipAssociationIsNamedInFull() {
        String text = "烟台市代表团来访,烟台的客人参观了港口,市友协副会长陪同。";
        List<Candidate> places = List.of(place(text, "烟台", EntityType.CITY));
        assertEquals(List.of("烟台市人民对外友好协会"), REFS.recognize(text, places).stream().map(Candidate::name).toList());
    }

    @Test
    void aBareFriendshipAssociationOfAProvinceIsNamedInFull() {
        String text = "湖北省代表团来访,湖北的客人参观了港口,省友协会长陪同。";
        List<Candidate> places = List.of(place(text, "湖北", EntityType.PROVINCE));
        assertEquals(List.of("湖北省人民对外友好协会"), REFS.recognize(text, places).stream().map(Candidate::name).toList());
    }

    @Test
    void bareOfficesForHongKongTaiwanAndOverseasAffairsAreThePlaces() {
        String text = "襄阳市外事办(市港澳办)主任会见客人,襄阳的客人参观后,市侨办和市台办负责人陪同。";
        List<Candidate> places = List.of(place(text, "襄阳", EntityType.CITY));
        assertEquals(List.of("襄阳市港澳办", "襄阳市侨办", "襄阳市台办"), REFS.recognize(text, places).stream().map(Candidate::name).toList());
    }
}
