package dev.newsie.normalize;

import dev.newsie.canon.RegionalPhraseTable;
import dev.newsie.clean.CleaningStage;
import dev.newsie.clean.LineClassifier;
import dev.newsie.canon.ScriptConverter;
import dev.newsie.decode.DecodedPage;
import dev.newsie.ingest.RawPage;
import dev.newsie.text.TrackedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextNormalizerTest {
    private static TextNormalizer normalizer;

    @BeforeAll
    static void load() {
        normalizer = new TextNormalizer(RegionalPhraseTable.load());
    }

    private static NormalizedText norm(String s) {
        return normalizer.normalize(TrackedText.identity(s));
    }

    @Test
    void convertsCharactersAndRegionalPlaceNames() {
        assertEquals("澳大利亚新南威尔士州与韩国京畿道、老挝万象市", norm("澳洲新南威爾斯州與南韓京畿道、寮國永珍市").text().text());
        assertEquals("巴塞罗那和新西兰", norm("巴塞隆納和紐西蘭").text().text());
        assertEquals("美国得克萨斯州普莱诺市与山东德州", norm("美國德州普萊諾市與山東德州").text().text());
    }

    @Test
    void radicalsCopiedFromAPdfAreReadAsTheIdeographsKeepingOffsets() {
        TrackedText t = norm("甲市市\u2ED3出席\u2F24会").text(); // ⻓, ⼤
        assertEquals("甲市市长出席大会", t.text());
        assertEquals(3, t.rawStart(3));
    }

    @Test
    void invisibleCharactersInsideNamesAreDroppedKeepingOffsets() {
        String raw = "甲\u200B乙市与丙\uFEFF丁市签约";
        TrackedText t = norm(raw).text();
        assertEquals("甲乙市与丙丁市签约", t.text());
        assertEquals(raw.indexOf("乙"), t.rawStart(t.text().indexOf("乙")));
        assertEquals(raw.indexOf("签约"), t.rawStart(t.text().indexOf("签约")));
    }

    @Test
    void anIdeographicVariationSelectorOrTagBeyondTheBmpIsDroppedWhole() {
        String raw = "葛\uDB40\uDD00城与丙\uDB40\uDC41丁市签约"; // U+E0100 after 葛, the tag U+E0041 inside 丙丁市
        TrackedText t = norm(raw).text();
        assertEquals("葛城与丙丁市签约", t.text());
        assertEquals(raw.indexOf("城"), t.rawStart(t.text().indexOf("城")));
    }

    @Test
    void compatibilityIdeographsAreReadAsUnifiedThenSimplified() {
        assertEquals("甲乐园", norm("甲\uF914園").text().text());
    }

    @Test
    void rewritesRegionalDateFormsBesidePlaceNamesKeepingOffsets() {
        TrackedText t = norm("台南市今（3）日與紐西蘭威靈頓市簽約").text();
        assertEquals("台南市今日(3日)与新西兰惠灵顿市签约", t.text());
        int at = t.text().indexOf("签约");
        assertEquals("台南市今（3）日與紐西蘭威靈頓市簽約".indexOf("簽約"), t.rawStart(at));
    }

    @Test
    void leavesOrdinaryWordsAlone() {
        assertEquals("新增建立设定智慧城市", norm("新增建立設定智慧城市").text().text());
    }

    @Test
    void mapsVariantsAndFullWidth() {
        assertEquals("陕西2024ABC", norm("陜西２０２４ＡＢＣ").text().text());
    }

    @Test
    void unifiesTheSeparatorsOfTransliteratedNames() {
        assertEquals("市长彼得·沃森与安娜·贝尔会面", norm("市長彼得‧沃森與安娜∙貝爾會面").text().text());
    }

    @Test
    void theIdeographicSpaceBecomesAnAsciiSpaceAndTheOtherDotsStay() {
        assertEquals("甲乙 丙丁", norm("甲乙\u3000丙丁").text().text());
        assertEquals("甲·乙・丙•丁", norm("甲‧乙・丙•丁").text().text());
    }

    @Test
    void detectsScript() {
        assertEquals(NormalizedText.SIMPLIFIED, norm("上海市与雅典市结好").script());
        assertEquals(NormalizedText.TRADITIONAL, norm("上海市與雅典市結好").script());
    }

    @Test
    void replacedNameMapsToItsWholeSource() {
        NormalizedText n = norm("前往澳洲訪問");
        TrackedText t = n.text();
        assertEquals("前往澳大利亚访问", t.text());
        for (int i = 2; i < 6; i++) {
            assertEquals(2, t.rawStart(i));
            assertEquals(4, t.rawEnd(i));
        }
        assertEquals(4, t.rawStart(6));
    }

    /** Every output character maps to a source span whose text converts to it (or to a regional name it is part of). */
    @Test
    void offsetMapPointsEveryCharacterAtItsSourceOnEveryCorpusPage() throws Exception {
        CleaningStage cleaner = new CleaningStage(LineClassifier.load());
        for (File f : new File("corpus").listFiles()) {
            String raw = Files.readString(f.toPath());
            NormalizedText n = normalizer.normalize(cleaner.clean(DecodedPage.ofText(f.getName(), raw, RawPage.Kind.TEXT)).body());
            TrackedText t = n.text();
            // Conversion uses phrase context (計畫 → 计划), so compare with the converted page, position by position.
            String convertedPage = ScriptConverter.toHalfWidth(ScriptConverter.toSimplified(raw));
            assertEquals(raw.length(), convertedPage.length());
            for (int i = 0; i < t.length(); i++) {
                char c = t.text().charAt(i);
                if (c == '\n') {
                    continue;
                }
                String src = raw.substring(t.rawStart(i), t.rawEnd(i));
                assertTrue(t.rawEnd(i) - t.rawStart(i) == 1 ? TextNormalizer.mainlandQuote(convertedPage.charAt(t.rawStart(i))) == c : src.length() >= 2,
                        f.getName() + " char " + i + " '" + c + "' maps to '" + src + "'");
            }
        }
    }

    @Test
    void cornerBracketsQuoteAsTheMainlandMarksDo() {
        assertEquals("第五届“丝路”国际合作高峰论坛在烟台开幕,主题为『共建绿色未来』",
                norm("第五屆「絲路」國際合作高峰論壇在烟台開幕,主題為『共建綠色未來』").text().text());
    }

    @Test
    void theDotRadicalTypedForTheEnumerationCommaIsTheComma() {
        assertEquals("青河市长、白山市长及赤水市长出席", norm("青河市長丶白山市長及赤水市長出席").text().text());
    }
}
