package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences for a bare body right after a verb of an official's act (率市府团队, 感谢省政府). */
class BareBodiesAfterGoverningVerbsTest {
    @Test
    void aClippedGovernmentLedByTheMayorIsTheMayorsCitys() {
        Set<String> k = MadeUpSentences.entityKeys("台中市与白山市缔结姊妹市\n\n台中市长王明表示,期待明年率领市府团队访问白山市。");
        assertTrue(k.contains("ORGANIZATION 台中市政府"), k.toString());
    }

    @Test
    void theBodyIsTheArticlesOwnPlaceNotThePartnerTheSentenceNamesFirst() {
        Set<String> k = MadeUpSentences.entityKeys("台中市与白山市缔结姊妹市\n\n为出席白山市的祭典,台中市长王明日前率市府团队前往白山市访问。");
        assertTrue(k.contains("ORGANIZATION 台中市政府"), k.toString());
        assertFalse(k.contains("ORGANIZATION 白山市政府"), k.toString());
    }

    @Test
    void aMainlandGovernmentLedOrThankedIsNamedInFull() {
        assertTrue(MadeUpSentences.entityKeys("温州与白山交流\n\n温州市长李华率市政府代表团访问日本白山市。")
                .contains("ORGANIZATION 温州市政府"));
        assertTrue(MadeUpSentences.entityKeys("浙江与青河州交流\n\n青河州州长一行访问浙江。代表团团长感谢省政府的热情接待。")
                .contains("ORGANIZATION 浙江省政府"));
        assertTrue(MadeUpSentences.entityKeys("嘉义县与白山市缔结姊妹市\n\n嘉义县长王明带领县府团队访问日本白山市。")
                .contains("ORGANIZATION 嘉义县政府"));
    }

    @Test
    void aLevelCharacterOpeningAnotherWordAfterTheVerbNamesNoBody() {
        Set<String> k = MadeUpSentences.entityKeys("温州与白山交流\n\n温州市长李华率市民代表团访问日本白山市。");
        assertTrue(k.stream().noneMatch(e -> e.startsWith("ORGANIZATION")), k.toString());
    }
}
