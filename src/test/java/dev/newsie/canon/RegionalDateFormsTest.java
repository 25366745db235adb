package dev.newsie.canon;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionalDateFormsTest {
    /** The text with every replacement applied, as the normalizer does (shared by the date-form tests of this package). */
    static String rewrite(String traditional, boolean taiwanText) {
        String s = ScriptConverter.toHalfWidth(ScriptConverter.toSimplified(traditional));
        List<RegionalPhraseTable.Replacement> reps = RegionalDateForms.find(s, taiwanText);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        for (RegionalPhraseTable.Replacement r : reps) {
            sb.append(s, last, r.start()).append(r.mainland());
            last = r.end();
        }
        return sb.append(s.substring(last)).toString();
    }

    @Test
    void readsRepublicOfChinaEraYears() {
        assertEquals("两市于2009年10月27日缔结", rewrite("兩市於民國98年10月27日締結", false));
        assertEquals("2019年公布", rewrite("中華民國一百零八年公布", false));
    }

    @Test
    void readsABareEraYearBeforeAMonthOnlyInATaiwanText() {
        assertEquals("2019年5月3日签约", rewrite("108年5月3日簽約", true));
        assertEquals("108年5月3日签约", rewrite("108年5月3日簽約", false));
        assertEquals("成立30年10月起", rewrite("成立30年10月起", true));
    }

    @Test
    void readsTheDayInBracketsAfterTodayOrYesterday() {
        assertEquals("市长今日(3日)表示", rewrite("市長今（3）日表示", false));
        assertEquals("双方昨日(12日)签署", rewrite("雙方昨(12)日簽署", false));
        assertEquals("于今日(27日)签署", rewrite("於今（二十七）日簽署", false));
    }

    @Test
    void readsTheDayInBracketsAfterTheWordForToday() {
        assertEquals("市长今日(9日)与友人签署", rewrite("市長今天(9)與友人簽署", true));
        assertEquals("代表团昨日(1日)抵达", rewrite("代表團昨天（1）抵達", true));
        assertEquals("今天(9日)出发", rewrite("今天(9日)出發", true));
    }

    @Test
    void readsTodayAndYesterdayWrittenAloneInATaiwanText() {
        assertEquals("两区昨日透过视讯缔盟", rewrite("兩區昨透過視訊締盟", true));
        assertEquals("论坛今日登场", rewrite("論壇今登場", true));
        assertEquals("今年至今与今后", rewrite("今年至今與今後", true));
        assertEquals("市长今井太郎", rewrite("市長今井太郎", true));
        assertEquals("两市今日与今别町、日本今金町签约", rewrite("兩市今與今別町、日本今金町簽約", true));
        assertEquals("论坛今登场", rewrite("論壇今登場", false));
    }

    @Test
    void dropsAWeekdayInBracketsAfterADay() {
        assertEquals("市长11日与友人签署", rewrite("市長11日(週五)與友人簽署", true));
        assertEquals("3日举行", rewrite("3日（星期二）舉行", false));
        assertEquals("第(一)项", rewrite("第(一)項", false));
    }

    @Test
    void readsTheYearInBrackets() {
        assertEquals("2024年是结盟10周年", rewrite("今（113）年是結盟十週年", false));
        assertEquals("2023年举办", rewrite("去(2023)年舉辦", false));
    }

    @Test
    void readsChineseNumeralDates() {
        assertEquals("2019年10月27日", rewrite("二〇一九年十月二十七日", false));
        assertEquals("于10月5日签署", rewrite("於十月五日簽署", false));
    }

    @Test
    void leavesOrdinaryNumeralsAlone() {
        assertTrue(RegionalDateForms.find("一日游与三十日内完成", true).isEmpty());
        assertTrue(RegionalDateForms.find("2019年10月27日", true).isEmpty());
    }

    @Test
    void readsAPageDateLineInTheEra() {
        assertEquals("2019-10-27", RegionalDateForms.eraDateLine("中華民國108年10月27日 星期日"));
        assertEquals("2024-10-11", RegionalDateForms.eraDateLine("發布日期：113-10-11"));
        assertEquals("2024-10-11", RegionalDateForms.eraDateLine("113/10/11"));
        assertEquals(null, RegionalDateForms.eraDateLine("電話 02-2720-8889"));
        assertEquals(null, RegionalDateForms.eraDateLine("比分 3-1-0"));
    }

    @Test
    void readsChineseNumeralAnniversaries() {
        assertEquals("两市结盟20周年", rewrite("兩市結盟二十週年", false));
        assertEquals("缔结姊妹市35周年", rewrite("締結姊妹市三十五週年", false));
        assertEquals("建校100周年", rewrite("建校一百週年", false));
    }

    @Test
    void readsChineseNumeralYearsCountedUpToNow() {
        assertEquals("两市结好15年来", rewrite("两市结好十五年来", false));
        assertEquals("缔盟20多年以来", rewrite("締盟二十多年以來", false));
        assertEquals("二〇〇九年来到", rewrite("二〇〇九年来到", false));
    }

    @Test
    void readsChineseNumeralYearsATwinningHasLasted() {
        assertEquals("缔结友好城市关系已满20年", rewrite("缔结友好城市关系已满二十年", false));
        assertEquals("与乙市缔结友好城市已25年", rewrite("與乙市締結友好城市已二十五年", false));
        assertEquals("两市结好已有10年", rewrite("两市结好已有十年", false));
        assertEquals("公司成立已有十年", rewrite("公司成立已有十年", false));
    }

    @Test
    void readsAnAnniversaryOrAMonthInATextThatOpensWithItsAnchor() {
        assertEquals("周市长说，两市结好20周年。", rewrite("周市长说，两市结好二十周年。", false));
        assertEquals("月底前，双方于10月5日签署", rewrite("月底前，双方于十月五日签署", false));
    }
}
