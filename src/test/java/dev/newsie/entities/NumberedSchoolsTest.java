package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up places followed by a numeral and 中. */
class NumberedSchoolsTest {
    private static Candidate city(String text, String name) {
        int s = text.indexOf(name);
        return new Candidate(s, s + name.length(), EntityType.CITY, name, null, Candidate.Source.GAZETTEER);
    }

    @Test
    void aPlaceANumeralAndZhongNameThePlacesSchool() {
        String text = "青河市文旅局和青河三中分别签署了备忘录。";
        Candidate second = new Candidate(7, 9, EntityType.CITY, "青河", null, Candidate.Source.GAZETTEER);
        List<Candidate> found = NumberedSchools.recognize(text, List.of(city(text, "青河市"), second));
        assertEquals(List.of("青河三中"), found.stream().map(Candidate::name).toList());
        assertEquals(EntityType.ORGANIZATION, found.get(0).type());
    }

    @Test
    void wordsOpeningWithZhongAfterTheNumeralAreNoSchool() {
        String plenum = "青河一中全会精神";
        assertTrue(NumberedSchools.recognize(plenum, List.of(city(plenum, "青河"))).isEmpty());
        String centre = "青河三中心城区";
        assertTrue(NumberedSchools.recognize(centre, List.of(city(centre, "青河"))).isEmpty());
        String plain = "青河中学";
        assertTrue(NumberedSchools.recognize(plain, List.of(city(plain, "青河"))).isEmpty());
    }

    @Test
    void aTwoDigitNumberNamesTheSchoolToo() {
        String text = "青河十一中与青河二十三中结为友好学校。";
        Candidate second = new Candidate(6, 8, EntityType.CITY, "青河", null, Candidate.Source.GAZETTEER);
        List<Candidate> found = NumberedSchools.recognize(text, List.of(city(text, "青河"), second));
        assertEquals(List.of("青河十一中", "青河二十三中"), found.stream().map(Candidate::name).toList());
        String holiday = "青河十一中秋双节期间游客众多";
        assertTrue(NumberedSchools.recognize(holiday, List.of(city(holiday, "青河"))).isEmpty());
    }

    @Test
    void aCourtAndTheOneChinaFormulasAreNoSchoolButTheSchoolsStudentsKeepIt() {
        for (String text : List.of("青河二中院一审判决", "青河一中各表", "青河一中一台")) {
            assertTrue(NumberedSchools.recognize(text, List.of(city(text, "青河"))).isEmpty(), text);
        }
        for (String text : List.of("青河一中学生代表发言", "青河一中学子赴甲市交流")) {
            assertEquals(List.of("青河一中"), NumberedSchools.recognize(text, List.of(city(text, "青河"))).stream()
                    .map(Candidate::name).toList(), text);
        }
    }
}
