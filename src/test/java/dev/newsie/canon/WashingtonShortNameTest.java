package dev.newsie.canon;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up sentences: 華府, the Taiwan and Hong Kong press's short name for Washington, D.C., is the mainland 华盛顿;
 * words that merely hold its two characters (豪華府邸, 繁華府城) stay as they are.
 */
class WashingtonShortNameTest {
    private static RegionalPhraseTable shipped;

    @BeforeAll
    static void load() {
        shipped = RegionalPhraseTable.load();
    }

    @Test
    void theShortNameOfTheCapitalIsWashington() {
        assertEquals("宜兰市长访问大华盛顿地区台侨", shipped.apply(ScriptConverter.toSimplified("宜蘭市長訪問大華府地區台僑")));
        assertEquals("市长率团赴华盛顿", shipped.apply(ScriptConverter.toSimplified("市長率團赴華府")));
    }

    @Test
    void wordsThatOnlyHoldItsCharactersStay() {
        assertEquals("住在豪华府邸", shipped.apply(ScriptConverter.toSimplified("住在豪華府邸")));
        assertEquals("繁华府城", shipped.apply(ScriptConverter.toSimplified("繁華府城")));
    }
}
