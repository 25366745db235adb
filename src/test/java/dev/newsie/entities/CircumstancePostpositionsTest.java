package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a name after a phrase of circumstance closed by a postposition does not open with that phrase. */
class CircumstancePostpositionsTest {
    @Test
    void aPhraseEndingInXiaIsNoPartOfTheBodyAfterIt() {
        assertFalse(MadeUpSentences.organizations("他说,新形势下商会应当主动作为。").contains("新形势下商会"));
    }

    @Test
    void atAGatheringIsTheSettingNotTheOpeningOfABareBodyAfterIt() {
        java.util.Set<String> k = MadeUpSentences.entityKeys("温州与白山交流\n\n会上市外办主任介绍了温州市的情况。");
        assertTrue(k.contains("ORGANIZATION 温州市外办"), k.toString());
        assertFalse(k.stream().anyMatch(e -> e.contains("会上")), k.toString());
        java.util.Set<String> n = MadeUpSentences.organizations("签约仪式结束后,在随后的恳谈会上市政府代表介绍了投资环境。");
        assertFalse(n.stream().anyMatch(e -> e.contains("会上")), n.toString());
    }
}
