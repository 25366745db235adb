package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences naming an organisation's party committee or party group: the body is the organisation. */
class PartyOrgansOfBodiesTest {
    @Test
    void anAssociationsPartyCommitteeNamesTheAssociation() {
        Set<String> n = organizations("中国城市发展联合会党委书记兼秘书长王明出席。");
        assertTrue(n.contains("中国城市发展联合会"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.endsWith("党委")), n.toString());
    }

    @Test
    void aCityPartyCommitteeStaysWhole() {
        Set<String> n = organizations("烟台市委书记王明会见了代表团。");
        assertTrue(n.stream().noneMatch(x -> x.equals("烟台")), n.toString());
    }
}
