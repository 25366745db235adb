package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The year of an undated page read from a jubilee of two countries' relations it marks; made-up sentences. */
class DiplomaticJubileeTest {
    private static String reference(String text) {
        return DocumentContext.referenceDate(text, null, Sentence.split(text));
    }

    @Test
    void aJubileeOfRelationsNamedByAbbreviationGivesTheYear() {
        assertEquals("2020", DiplomaticJubilee.year("甲市代表团到访乙市,共同纪念中法建交56周年。"));
    }

    @Test
    void aJubileeOfRelationsNamedInFullGivesTheYear() {
        assertEquals("2010", DiplomaticJubilee.year("在中国与越南建交60周年之际,两地举行友好交流活动。"));
    }

    @Test
    void aTreatysJubileeGivesTheYear() {
        assertEquals("2003", DiplomaticJubilee.year("适逢中日和平友好条约签订25周年,两市举办图片展。"));
    }

    @Test
    void aNationalMilestonesJubileeGivesTheYear() {
        assertEquals("2008", DiplomaticJubilee.year("今年是改革开放30周年,甲市与乙市的交往日益密切。"));
        assertEquals("2004", DiplomaticJubilee.year("值此澳门回归5周年之际,两地举办联谊活动。"));
        assertNull(DiplomaticJubilee.year("明年将迎来香港回归30周年,两市将合办展览。"));
    }

    @Test
    void aNationalJubileeWithItsMotherlandGivesTheYearButAMedalNamedForItDoesNot() {
        assertEquals("2012", DiplomaticJubilee.year("时值香港回归祖国15周年,甲市代表团抵港访问。"));
        assertNull(DiplomaticJubilee.year("他曾获庆祝中华人民共和国成立60周年纪念章,此次率团访问乙市。"));
    }

    @Test
    void aJubileeToComeDatesNothing() {
        assertNull(DiplomaticJubilee.year("明年,两市还将共同举办活动,庆祝中韩建交35周年。"));
    }

    @Test
    void twoJubileesThatDisagreeDateNothing() {
        assertNull(DiplomaticJubilee.year("庆祝中德建交45周年。甲市与乙市庆祝中俄建交60周年。"));
    }

    @Test
    void theJubileesYearAndTheDatelinesDayDateAnUndatedPage() {
        assertEquals("2017-09-03", reference("甲市9月3日电 甲市与乙市3日举行活动,庆祝中德建交45周年。"));
    }

    @Test
    void aPageWithAYearOfItsOwnKeepsIt() {
        assertEquals("2016", reference("2016年甲乙友好交流周开幕\n活动庆祝中德建交45周年。"));
    }
}
