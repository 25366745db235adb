package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rows of a sister-city table whose cells are separated by blanks, not bars (round 34 of issue 9), in made-up pages:
 * the home place named once, in the first row's first cell, and each row's partner and date; or both sides in each row
 * (甲市 乙省丙市 1981.6.13). A lone line of that shape is no table.
 */
class CellTableRowsTest {
    private static Set<String> relations(String text) {
        return relationKeys(run(text, "2021-05-10"));
    }

    @Test
    void theHomePlaceInTheFirstRowAndAPartnerARow() {
        Set<String> r = relations("山东省国际友好城市列表\n\n"
                + "截至2020年,山东省已与多国建立友好省州关系。\n\n"
                + "山东省管辖区 友好管辖区 国家 大洲 结好日期\n"
                + "山东省 爱知县   日本 亚洲 1983年7月28日\n"
                + "安大略省   加拿大 北美洲 1987年11月21日\n"
                + "巴伐利亚州   德国 欧洲 1992年8月1日\n");
        assertTrue(r.containsAll(Set.of("山东-爱知@1983-07-28", "安大略-山东@1987-11-21", "山东-巴伐利亚@1992-08-01")), r.toString());
    }

    @Test
    void rowsOfPairsSeparatedByBlanks() {
        Set<String> r = relations("两地友好城市一览\n\n"
                + "松本市 山东省烟台市 1981.6.13\n"
                + "仙台市 湖北省襄阳市 1992.9.10\n");
        assertTrue(r.containsAll(Set.of("松本-烟台@1981-06-13", "仙台-襄阳@1992-09-10")), r.toString());
    }

    @Test
    void aLoneLineOfThatShapeIsNoTable() {
        Set<String> r = relations("两市友好城市交流活动\n\n"
                + "松本市 山东省烟台市 1981.6.13\n\n"
                + "活动在烟台举行,双方回顾了交流历程。\n");
        assertFalse(r.stream().anyMatch(k -> k.contains("1981-06-13")), r.toString());
    }
}
