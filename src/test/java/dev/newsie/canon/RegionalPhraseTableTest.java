package dev.newsie.canon;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegionalPhraseTableTest {
    private static RegionalPhraseTable shipped;

    @BeforeAll
    static void load() {
        shipped = RegionalPhraseTable.load();
    }

    @Test
    void replacesTaiwanCountryAndCityNamesFromTheGeneratedTable() {
        assertEquals("市长访问悉尼与奥克兰", shipped.apply(ScriptConverter.toSimplified("市長訪問雪梨與奧克蘭")));
        assertEquals("代表团赴坦桑尼亚和埃塞俄比亚", shipped.apply(ScriptConverter.toSimplified("代表團赴坦尚尼亞和衣索比亞")));
        assertEquals("与万象市签约", shipped.apply(ScriptConverter.toSimplified("與永珍市簽約")));
    }

    @Test
    void replacesCuratedTaiwanCityNames() {
        assertEquals("圣何塞与沙捞越", shipped.apply(ScriptConverter.toSimplified("聖荷西與砂拉越")));
        assertEquals("访问波多黎各", shipped.apply("访问波多黎各"));
    }

    @Test
    void aVariantSpellingHoldingAShortKeyBecomesTheStandardNameNotADoubledOne() {
        // the short key 吉尔吉斯 inside the variant would leave 吉尔吉斯斯坦坦, gluing 坦 onto the province after it
        assertEquals("吉尔吉斯斯坦楚河州代表团", shipped.apply("吉尔吉斯坦楚河州代表团"));
    }

    @Test
    void curatedRowsWinOverGeneratedOnes() {
        assertEquals("韩国", shipped.apply("南韩"));
        assertEquals("新西兰", shipped.apply("纽西兰"));
    }

    @Test
    void aCitysFinalShiThatOpensATitleOrBodyStaysBesideTheMainlandName() {
        RegionalPhraseTable t = new RegionalPhraseTable(Map.of("甲乙市", "丙丁城", "戊己市", "庚辛"));
        assertEquals("丙丁城市长与庚辛市政府", t.apply("甲乙市长与戊己市政府"));
        assertEquals("访问丙丁城和庚辛", t.apply("访问甲乙市和戊己市"));
    }

    @Test
    void neverRewritesARegionalKeyInsideALongerMainlandName() {
        RegionalPhraseTable t = new RegionalPhraseTable(Map.of("尼日", "尼日尔", "尼日利亚", "尼日利亚"));
        assertEquals("访问尼日利亚和尼日尔", t.apply("访问尼日利亚和尼日"));
    }

    @Test
    void leavesMainlandTextAlone() {
        String mainland = "广东加强与理查德市长的交流，自由市场与索菲亚街区代表出席";
        assertEquals(mainland, shipped.apply(mainland));
    }

    @Test
    void aRowWithEqualSidesGuardsAMainlandWordHoldingARegionalKey() {
        assertEquals("柔佛州新山市与佛罗里达", shipped.apply(ScriptConverter.toSimplified("柔佛州新山市與佛州")));
        assertEquals("马来西亚华社与大马路两旁", shipped.apply(ScriptConverter.toSimplified("大馬華社與大馬路兩旁")));
    }

    @Test
    void japaneseShinjitaiReadAsMainlandCharacters() {
        assertEquals("长野县松本市与汤泽町", ScriptConverter.toSimplified("長野県松本市與湯沢町"));
    }

    @Test
    void aStatesShortFormEndingALongerTransliteratedNameIsLeftInIt() {
        assertEquals("俄罗斯卡卢加州代表团", shipped.apply("俄罗斯卡卢加州代表团"));
        assertEquals("美国加利福尼亚州代表团", shipped.apply("美国加州代表团"));
        assertEquals("在南加利福尼亚州访问", shipped.apply("在南加州访问"));
    }

    @Test
    void triesEveryKeyLengthAPositionOpensLongestFirst() {
        // made-up keys of 2, 4 and 70 characters opening with one character: only those lengths are tried there
        String longKey = "甲" + "乙".repeat(69);
        RegionalPhraseTable t = new RegionalPhraseTable(Map.of("甲乙", "子", "甲乙丙丁", "丑", longKey, "寅"));
        assertEquals("丑戊", t.apply("甲乙丙丁戊"));
        assertEquals("子丙", t.apply("甲乙丙"));
        assertEquals("前寅后", t.apply("前" + longKey + "后"));
        assertEquals("甲丙", t.apply("甲丙"));
    }
}
