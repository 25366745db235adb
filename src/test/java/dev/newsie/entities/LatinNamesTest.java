package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences for personal names left in Latin script after a title. */
class LatinNamesTest {
    private static final LatinNames names = new LatinNames(MadeUpSentences.SHAPES);

    private static Set<String> names(String text) {
        List<Candidate> out = new ArrayList<>();
        names.afterTitles(text, out);
        return MadeUpSentences.persons(out);
    }

    @Test
    void latinNameRightAfterATitleIsAPerson() {
        assertEquals(Set.of("Jane Miller", "Tom Baker"), names("感谢州议员Jane Miller和前州众议员 Tom Baker的支持。"));
    }

    @Test
    void latinWordsWithoutATitleOrASecondWordAreNoName() {
        assertTrue(names("青河公司与Green Valley Farms签约,市长Bill表示欢迎。").isEmpty());
    }

    @Test
    void latinNameBeforeATitleOrInAListOfPeopleIsAPerson() {
        String text = "Mark Sanders州众议员赠送卷轴。副议长王大同、Sayun Lahuy、李小华等出席。";
        List<Candidate> found = List.of(new Candidate(text.indexOf("王大同"), text.indexOf("王大同") + 3,
                dev.newsie.model.EntityType.PERSON, "王大同", null, Candidate.Source.PATTERN));
        List<Candidate> out = new ArrayList<>();
        names.beforeTitlesAndInLists(text, out, found);
        assertEquals(Set.of("Mark Sanders", "Sayun Lahuy"), MadeUpSentences.persons(out));
    }

    @Test
    void aLatinNameWithAccentedLettersIsWholeAfterATitle() {
        assertEquals(Set.of("Rui Fonsêca", "Inês Conceição"),
                names("出席者有甲国国务秘书Rui Fonsêca先生和市议员Inês Conceição女士。"));
    }

    private static Set<String> credited(String text) {
        List<Candidate> out = new ArrayList<>();
        names.inCreditLines(text, out, CreditBrackets.load(MadeUpSentences.SHAPES).roles());
        return MadeUpSentences.persons(out);
    }

    @Test
    void latinNameAfterACreditRoleAndItsColonIsAContributor() {
        assertEquals(Set.of("Mira Holt", "Tosh"), credited("湖边的新码头。\n摄影:Mira Holt\n编译:Tosh审核:周文"));
    }

    @Test
    void latinNameBeforeAPhotoCreditWordIsThePhotographer() {
        assertEquals(Set.of("Leon Ward"), credited("两市代表在河畔植树。(图/Leon Ward摄)"));
    }

    @Test
    void latinWordsWithoutACreditRoleOrCreditWordAreNoContributor() {
        assertTrue(credited("主办方为Blue River Group,地址:Main Street。摄影展由Rosa Lane策划").isEmpty());
    }

    @Test
    void aRoleInsideAClauseOpensNoCredit() {
        assertTrue(credited("据甲国媒体报道:Lake Rowan称两市将互设办事处。").isEmpty()); // 报道 quotes a source here
    }

    @Test
    void aCreditedOutletOrAgencyIsNoContributor() {
        assertTrue(credited("两市代表在河畔植树。(图/Stone Images 供图)").isEmpty());
        assertTrue(credited("湖边的新码头。\n报道:Lake Herald\n").isEmpty());
    }
}
