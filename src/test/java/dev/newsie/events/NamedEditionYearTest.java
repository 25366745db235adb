package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NamedEditionYearTest {
    private static String first(String anchor, String text) {
        List<DateResolver.DateMention> ds = new DateResolver(anchor).find(text, 0, null);
        return ds.isEmpty() ? null : ds.get(0).first();
    }

    @Test
    void theNamesYearDatesADayOfAPageWithoutAYear() {
        assertEquals("2031-08-27", first(null, "8月27日上午,甲市举行仪式,为2031年甲市荣誉市民颁发证书。"));
        assertNull(first(null, "8月27日上午,甲市举行仪式,为友好人士颁发证书。"));
    }

    @Test
    void aGatheringsNameOutweighsTheYearAfterItOfARepostsFurniture() {
        assertEquals("2031-11-19", first("2032-11-19", "11月19日,2031甲国—乙盟市长论坛在甲市举办。"));
        // an honour named for a year may be handed over early in the next one: the page's year stands
        assertEquals("2032-01-20", first("2032-01-25", "1月20日,甲市为2031年甲市荣誉市民颁证。"));
        // a year of account, an annual meeting and a clause name no edition
        assertEquals("2032-01-20", first("2032-01-25", "1月20日,2031年度甲市友谊奖颁奖仪式举行。"));
        assertEquals("2032-01-20", first("2032-01-25", "1月20日,甲市举行2031年会暨友城论坛。"));
        assertEquals("2032-03-20", first("2032-03-25", "3月20日,自2031年以来在甲市举办的论坛再次开幕。"));
    }

    @Test
    void aYearOfAccountBeforeAQuotedNameNamesNoEdition() {
        assertNull(first(null, "甲市市长11月13日举行2031年度“甲市荣誉市民”称号授予仪式。"));
    }

    @Test
    void twoYearsOfNamesLeaveThePagesYear() {
        assertNull(NamedEditionYear.in("2030甲乙论坛与2031丙丁大会"));
        // a year before a verb phrase dates a history, it names no edition
        assertNull(NamedEditionYear.in("2030年形成了甲市友谊奖"));
        assertNull(NamedEditionYear.in("2030年举办甲乙论坛"));
        assertEquals(2030, NamedEditionYear.in("2030甲乙论坛").year());
    }

    @Test
    void aYearAndMonthBeforeANameIsADateNotTheNamesYear() {
        // the 年 after the year is taken once and for all: the month after it cannot be skipped by leaving 年 out
        assertNull(NamedEditionYear.in("2030年3月甲乙论坛"));
    }

    @Test
    void twoSubjectsCoordinatedInAGatheringsNameStayInTheName() {
        assertEquals(2030, NamedEditionYear.in("2030甲乙合作与发展论坛").year());
    }

    @Test
    void aPlannedOrInvitedEditionDatesNoDayOfThePage() {
        assertNull(NamedEditionYear.in("甲市将举办2031甲乙论坛"));
        assertNull(first(null, "8月27日,甲市邀请乙市代表团出席2031甲乙论坛。"));
    }
}
