package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up reports naming a county and a city: a bare 市委 stands for a place whose official name ends in 市, a bare
 * 县委 for one whose name ends in 县 (the divisions table of GB/T 2260).
 */
class BareBodiesOfALevelTest {
    private static final BareOrganizationReferences REFS = BareOrganizationReferences.load();

    private static Candidate place(String text, String name) {
        int s = text.indexOf(name);
        return new Candidate(s, s + name.length(), EntityType.CITY, name, "中国", Candidate.Source.GAZETTEER);
    }

    @Test
    void aBareCityBodyIsNoCountys() {
        String text = "尼勒克县考察团一行抵达,尼勒克的客人参观后,市委副书记出席座谈。";
        List<Candidate> places = List.of(place(text, "尼勒克"), new Candidate(text.lastIndexOf("尼勒克"), text.lastIndexOf("尼勒克") + 3,
                EntityType.CITY, "尼勒克", "中国", Candidate.Source.GAZETTEER));
        assertEquals(List.of(), REFS.recognize(text, places).stream().map(Candidate::name).toList());
    }

    @Test
    void aBareCountyBodyIsTheCountys() {
        String text = "乌苏市客人来访,尼勒克的干部陪同,县委副书记出席座谈。";
        List<Candidate> places = List.of(place(text, "乌苏"), place(text, "尼勒克"));
        assertEquals(List.of("尼勒克县委"), REFS.recognize(text, places).stream().map(Candidate::name).toList());
    }
}
