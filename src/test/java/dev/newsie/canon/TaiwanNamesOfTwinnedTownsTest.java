package dev.newsie.canon;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up sentences: a Taiwan report names a North American partner town by its Taiwan transliteration; the
 * record and gold write the mainland one. A person's name holding a Taiwan place name is left as it is.
 */
class TaiwanNamesOfTwinnedTownsTest {
    private final RegionalPhraseTable shipped = RegionalPhraseTable.load();

    @Test
    void aPartnerTownInTaiwanUsageTakesItsMainlandName() {
        assertEquals("溪口乡与美国密歇根州安阿伯市缔结姊妹市", shipped.apply("溪口乡与美国密西根州安娜堡市缔结姊妹市"));
        assertEquals("加利福尼亚州阿卡迪亚市议员来访", shipped.apply("加州亚凯迪亚市议员来访"));
    }

    @Test
    void aTransliteratedPersonsNameHoldingAPlaceNameIsKept() {
        assertEquals("作家乔·韦伯斯特出席", shipped.apply("作家乔·韦伯斯特出席"));
    }

    @Test
    void otherTaiwanSpellingsOfTheSameTownsTakeTheMainlandName() {
        assertEquals("米尔皮塔斯市市长王某某、森尼韦尔市市长李某某与库比蒂诺市议员到场",
                shipped.apply("米尔必达市市长王某某、三尼维尔市市长李某某与库柏提诺市议员到场"));
    }
}
