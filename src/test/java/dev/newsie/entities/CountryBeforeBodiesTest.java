package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences with a foreign country written before a company, a university or a city's body. */
class CountryBeforeBodiesTest {
    @Test
    void aCountryBeforeACompanyIsNoPartOfItsName() {
        Set<String> orgs = MadeUpSentences.organizations("马来西亚金岭集团董事局主席王立新出席。");
        assertTrue(orgs.contains("金岭集团"), orgs.toString());
        assertFalse(orgs.contains("马来西亚金岭集团"), orgs.toString());
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
