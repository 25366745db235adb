package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences with a foreign country written before a university, a city's body or a company. */
class CountryBeforeBodiesTest {
    @Test
    void aCountryBeforeACompanyStaysInItsName() {
        Set<String> orgs = MadeUpSentences.organizations("马来西亚金岭集团董事局主席王立新出席。");
        assertTrue(orgs.contains("马来西亚金岭集团"), orgs.toString());
        assertFalse(orgs.contains("金岭集团"), orgs.toString());
    }

    @Test
    void aCompanyIsNotCutHereButLeftToTheCountryOpeningIt() {
        String text = "泰国银河纺织公司代表出席。";
        Candidate country = new Candidate(0, 2, EntityType.COUNTRY, "泰国", null, Candidate.Source.PATTERN);
        Candidate company = new Candidate(0, 8, EntityType.ORGANIZATION, "泰国银河纺织公司", null, Candidate.Source.PATTERN);
        assertSame(company, CountryBeforeBodies.without(text, company, List.of(country)));
    }

    @Test
    void aNationalityBeforeAUniversityIsNoPartOfItsName() {
        Set<String> orgs = MadeUpSentences.organizations("泰国籍亚洲科技学院教授王立新出席。");
        assertTrue(orgs.contains("亚洲科技学院"), orgs.toString());
    }

    @Test
    void aNationalBodyKeepsItsCountry() {
        Set<String> orgs = MadeUpSentences.organizations("韩国贸易协会会长王立新出席。");
        assertTrue(orgs.contains("韩国贸易协会"), orgs.toString());
    }

    @Test
    void aCountryBeforeACitysGovernmentIsNoPartOfItsName() {
        Set<String> orgs = MadeUpSentences.organizations("扬州市与新西兰汉密尔顿市政府签署协议。");
        assertTrue(orgs.contains("汉密尔顿市政府"), orgs.toString());
    }

    @Test
    void aUniversityNamedForItsCountryKeepsItInTheNameOfItsFund() {
        Set<String> orgs = MadeUpSentences.organizations("开发区与新西兰大学基金管理公司签署投资协议。");
        assertTrue(orgs.contains("新西兰大学基金管理公司"), orgs.toString());
        assertFalse(orgs.contains("大学基金管理公司"), orgs.toString());
    }
}
