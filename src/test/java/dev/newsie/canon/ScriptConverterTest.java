package dev.newsie.canon;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ScriptConverterTest {
    @Test
    void aTextAlreadyInSimplifiedIsReturnedAsItIsWithoutConversion() {
        String text = "青河市与东港市在会上签署了友好城市协议书，两市将在经贸、教育等领域开展合作。";
        assertSame(text, ScriptConverter.toSimplified(text));
    }

    @Test
    void traditionalCharactersAreConvertedKeepingTheLength() {
        String text = "兩市簽署國際友好城市協議";
        String simplified = ScriptConverter.toSimplified(text);
        assertEquals("两市签署国际友好城市协议", simplified);
        assertEquals(text.length(), simplified.length());
    }

    @Test
    void aVariantNoOpenCcDictionaryMapsIsStillFoldedInSimplifiedText() {
        assertEquals("陕西省代表团", ScriptConverter.toSimplified("陜西省代表团"));
    }

    @Test
    void theLadderFormOf高InJapaneseNamesIsFolded() {
        assertEquals("市长高岛一夫", ScriptConverter.toSimplified("市长髙岛一夫"));
    }
}
