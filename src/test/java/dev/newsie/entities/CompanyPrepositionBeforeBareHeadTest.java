package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences where 同 (with) is glued onto a bare head noun after it: no body is named there. */
class CompanyPrepositionBeforeBareHeadTest {
    @Test
    void withTheConsulateNamesNoBody() {
        Set<String> n = organizations("田中市长期待同领事馆继续深化交流。");
        assertTrue(n.isEmpty(), n.toString());
    }

    @Test
    void aNameOpeningWithTheCharacterStays() {
        assertTrue(NameEdges.companyBeforeBareHead("同领事馆", "领事馆"::equals));
        assertTrue(!NameEdges.companyBeforeBareHead("同济大学", "大学"::equals));
    }
}
