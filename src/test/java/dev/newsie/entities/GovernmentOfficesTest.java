package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up names: governments and their offices against bodies that act for themselves. */
class GovernmentOfficesTest {
    @Test
    void governmentsMinistriesBureausAndCommitteesAreOffices() {
        assertTrue(GovernmentOffices.isGovernmentOrOffice("丁县人民政府"));
        assertTrue(GovernmentOffices.isGovernmentOrOffice("戊国农业部"));
        assertTrue(GovernmentOffices.isGovernmentOrOffice("己市文旅局"));
        assertTrue(GovernmentOffices.isGovernmentOrOffice("庚省水土保育委员会"));
    }

    @Test
    void universitiesAssociationsFirmsClubsAndABareHeadAreNot() {
        assertFalse(GovernmentOffices.isGovernmentOrOffice("辛城师范学院"));
        assertFalse(GovernmentOffices.isGovernmentOrOffice("壬市友好协会"));
        assertFalse(GovernmentOffices.isGovernmentOrOffice("癸河电子有限公司"));
        assertFalse(GovernmentOffices.isGovernmentOrOffice("子城青年足球俱乐部"));
        assertFalse(GovernmentOffices.isGovernmentOrOffice("政府"));
    }
}
