package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 我市, 本市, 我省 read as the page's home place by every relation statement, in made-up reports: the frames below
 * were written for named places, and no row spells them out with 我市 or 我省 in them.
 */
class HomeReferencesTest {
    private static final String CITY_LEAD = "衡阳市外事侨务办公室消息。近日,衡阳市举行友城交流座谈会。";
    private static final String PROVINCE_LEAD = "来源:黑龙江日报。近日,黑龙江省代表团出访欧洲。";

    private static Set<String> relations(String lead, String text) {
        return relationKeys(run(lead + text, "2024-06-12"));
    }

    @Test
    void ourCityFormallyTwinnedAJubileeAgo() {
        Set<String> r = relations(CITY_LEAD, "今年适逢我市与德国埃尔福特市正式缔结友好城市10周年。");
        assertTrue(r.contains("埃尔福特-衡阳@2014"), r.toString());
    }

    @Test
    void ourProvinceAndAStateMarkTheirJubilee() {
        Set<String> r = relations(PROVINCE_LEAD, "代表团出席了我省与加拿大艾伯塔省结好30周年纪念活动。");
        assertTrue(r.contains("艾伯塔-黑龙江@1994"), r.toString());
    }

    @Test
    void ourCitysPartnerSetOffByADash() {
        Set<String> r = relations(CITY_LEAD, "上月,我市国际友城——波兰琴斯托霍瓦市举办了文化周活动。");
        assertTrue(r.contains("琴斯托霍瓦-衡阳@null"), r.toString());
    }

    @Test
    void thisCityAfterAFunctionWord() {
        Set<String> r = relations(CITY_LEAD, "据介绍,芬兰坦佩雷市于2009年与本市结为友好城市。");
        assertTrue(r.contains("坦佩雷-衡阳@2009"), r.toString());
    }

    @Test
    void japanBeforeAMayorIsNoReferenceToThisCity() {
        Set<String> r = relations(CITY_LEAD, "日本市长代表团与德国埃尔福特市代表一同出席了活动。");
        assertFalse(r.stream().anyMatch(k -> k.contains("衡阳")), r.toString());
    }

    @Test
    void aPageWithoutOneHomePlaceReadsNoReference() {
        Set<String> r = relations("近日,衡阳市与株洲市代表出席座谈会。", "今年适逢我市与德国埃尔福特市正式缔结友好城市10周年。");
        assertFalse(r.stream().anyMatch(k -> k.contains("埃尔福特")), r.toString());
    }
}
