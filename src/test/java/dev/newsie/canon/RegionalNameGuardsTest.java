package dev.newsie.canon;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up sentences: a foreign state whose name ends in a regional short name (…加州) is kept whole. */
class RegionalNameGuardsTest {
    private final RegionalPhraseTable shipped = RegionalPhraseTable.load();

    @Test
    void aStateWhoseNameEndsInATaiwanShortNameIsNotRewritten() {
        assertEquals("州长率团从美国阿拉斯加州出发", shipped.apply("州长率团从美国阿拉斯加州出发"));
        assertEquals("两州农场主互访,内布拉斯加州代表先到", shipped.apply("两州农场主互访,内布拉斯加州代表先到"));
    }

    @Test
    void theShortNameOnItsOwnIsStillRewritten() {
        assertEquals("友人来自美国加利福尼亚州", shipped.apply("友人来自美国加州"));
    }
}
