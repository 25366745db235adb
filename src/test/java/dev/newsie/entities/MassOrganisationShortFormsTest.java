package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** 某市社科联, 某省科协: the short forms of mass organisations name bodies (made-up sentences). */
class MassOrganisationShortFormsTest {
    @Test
    void aCitysFederationOfSocialSciencesIsABody() {
        var found = MadeUpSentences.organizations("研讨会由青岛市社科联、青岛日报社联合举办。");
        assertTrue(found.contains("青岛市社科联"), found.toString());
    }

    @Test
    void aProvincesAssociationForScienceIsABody() {
        var found = MadeUpSentences.organizations("山东省科协副主席出席并致辞。");
        assertTrue(found.contains("山东省科协"), found.toString());
    }
}
