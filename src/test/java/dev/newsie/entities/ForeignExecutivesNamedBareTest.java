package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ForeignExecutivesNamedBareTest {
    /** The shipped kinds of body, whose EXECUTIVE rows name the bare executives. */
    private static final KindNames KINDS = KindNames.load();

    private static Candidate org(String text, String name) {
        int at = text.indexOf(name);
        return new Candidate(at, at + name.length(), EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN);
    }

    private static Candidate city(String text, String written, String name) {
        int at = text.indexOf(written);
        return new Candidate(at, at + written.length(), EntityType.CITY, name, null, Candidate.Source.GAZETTEER);
    }

    @Test
    void aBareExecutiveIsTheOfficeOfTheCityBeforeIt() {
        String t = "越南甲乙市委常务委员、人民委员会副主席阮文明出席。";
        Candidate c = ForeignExecutivesNamedBare.qualify(t, org(t, "人民委员会"), List.of(city(t, "甲乙", "甲乙")), KINDS);
        assertEquals("甲乙市人民委员会", c.name());
        String u = "代表团抵达日本青河市，市长山田太郎率领市役所职员迎接。";
        assertEquals("青河市役所", ForeignExecutivesNamedBare.qualify(u, org(u, "市役所"), List.of(city(u, "青河市", "青河")), KINDS).name());
    }

    @Test
    void withNoCityBeforeItInTheSentenceItStaysBare() {
        String t = "代表团访问了甲乙市。人民委员会副主席阮文明出席。";
        assertEquals("人民委员会", ForeignExecutivesNamedBare.qualify(t, org(t, "人民委员会"), List.of(city(t, "甲乙市", "甲乙")), KINDS).name());
    }
}
