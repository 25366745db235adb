package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up sentences: the items of a 、-list closed by 等…企业 are companies, whatever their names end in. */
class ListedCompaniesTest {
    private static final ListedCompanies COMPANIES = ListedCompanies.load();

    private static List<String> names(String text) {
        return COMPANIES.recognize(text, MadeUpSentences.placeCandidates(text)).stream().map(Candidate::name).toList();
    }

    @Test
    void itemsBeforeTheNounOfCompaniesAreCompanies() {
        assertEquals(List.of("青松电器", "蓝鲸快运", "KTX"), names("园区聚集了一批名企,青松电器、蓝鲸快运、KTX等世界500强企业都在此设厂。"));
    }

    @Test
    void anIncludingVerbOpensTheFirstItem() {
        assertEquals(List.of("青松电器", "蓝鲸快运"), names("签约企业包括青松电器、蓝鲸快运等多家公司。"));
    }

    @Test
    void kindsOfEnterpriseAreNoCompanies() {
        assertEquals(List.of(), names("国有、民营、外资等各类企业踊跃参加。"));
    }

    @Test
    void placesBeforeTheNounAreNoCompanies() {
        assertEquals(List.of(), names("来自杭州、宁波等地的企业参加了洽谈。"));
        assertEquals(List.of(), names("杭州、宁波等城市企业参加了洽谈。"));
    }

    @Test
    void entrepreneursAreNoCompanies() {
        assertEquals(List.of(), names("张青松、李蓝鲸等企业家出席。"));
    }

    @Test
    void aPostHeldOpensTheCompaniesAfterATitle() {
        assertEquals(List.of("青松电器", "蓝鲸快运"), names("前驻华参赞、现任青松电器、蓝鲸快运等公司董事的某人获奖。"));
    }

    @Test
    void aVerbOfVisitingOpensTheFirstCompany() {
        assertEquals(List.of("青松电器", "蓝鲸快运"), names("随后,代表团考察青松电器、蓝鲸快运等大型企业。"));
    }
}
