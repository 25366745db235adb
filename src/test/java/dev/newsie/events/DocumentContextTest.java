package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The reference date relative expressions resolve against (made-up datelines and leads). */
class DocumentContextTest {
    private static String reference(String text, String published) {
        return DocumentContext.referenceDate(text, published, Sentence.split(text));
    }

    @Test
    void aReportFiledDaysBeforePublicationIsDatedByItsDateline() {
        assertEquals("2021-03-04", reference("本报温哥华4日专电 两市今天签署协议。", "2021-03-06"));
    }

    @Test
    void aDatelineAfterTheDayOfPublicationBelongsToThePreviousMonth() {
        assertEquals("2021-02-28", reference("本报温哥华28日电 两市今天签署协议。", "2021-03-02"));
    }

    @Test
    void withoutADatelineThePublicationDateIsTheReference() {
        assertEquals("2021-03-06", reference("两市今天签署协议。", "2021-03-06"));
    }

    @Test
    void anUndatedPageTakesTheYearOfTheEventItsLeadNames() {
        assertEquals("2023-05-09", reference("标题\n新华社南京5月9日电 2023南京国际友城大会9日开幕。", null));
    }

    @Test
    void aYearOfAccountInTheHeadlineIsNoPagesYearNorIsAnEarlierDateOfTheLead() {
        assertNull(reference("3月2日,市长会见获得2031年度青河友谊奖的专家。\n2029年5月8日,青河友谊奖首次颁发,白山市副市长王明向来自甲国、乙国和丙国的十二名专家颁奖并讲话。", null));
    }

    @Test
    void aYearOfAccountInTheHeadlineIsThePagesYearWhenTheLeadGivesNone() {
        assertEquals("2031", reference("2031年度青河友谊奖颁奖大会举行\n白山市副市长王明向来自甲国、乙国和丙国的十二名专家颁奖并讲话。", null));
    }

    @Test
    void anUndatedPageTakesTheYearItsLeadSaysItIsNow() {
        assertEquals("2022", reference("甲市与乙市10月9日签约结好。\n两市自2015年起往来密切。2022年恰逢两国建交三十周年。", null));
    }

    @Test
    void aBackgroundYearIsNeverTheReference() {
        assertNull(reference("标题\n自1987年结为友好城市以来,两市交流不断。", null));
    }

    @Test
    void aTaiwanDatelineInBaodaoSpellingDatesAnUndatedPage() {
        // Taiwan spells 報導 (报导): the headline names the year, the dateline the month and day
        assertEquals("2021-06-05", reference("2021台南国际城市论坛\n【本报6月5日报导】台南市今天与巴拉马塔市签署协定。", null));
    }

    @Test
    void anUndatedPageTakesTheDateOfAShortHeaderLine() {
        assertEquals("2023-06-12", reference("标题\n2023年6月12日 来源:某日报\n两市今天签署协议。", null));
    }

    @Test
    void aLongLeadSentenceIsNoHeaderLine() {
        // the lead's date is an event's, so only its year dates the page
        assertEquals("2023", reference("标题\n2023年6月12日,两市在某地举行了隆重的签约仪式,双方代表出席并致辞,来宾参观了展览,气氛十分热烈。", null));
    }

    private static dev.newsie.model.Entity entity(dev.newsie.model.EntityType type, String name, String country) {
        return new dev.newsie.model.Entity("e", type, name, country, java.util.List.of());
    }

    @Test
    void ourCityIsTheCityWhoseGovernmentThePageNames() {
        DocumentContext ctx = new DocumentContext("我市与乙市签署协议。", null, java.util.List.of(
                entity(dev.newsie.model.EntityType.CITY, "乙城", "德国"),
                entity(dev.newsie.model.EntityType.ORGANIZATION, "甲城市人民政府外事办公室", null)));
        assertEquals("甲城", ctx.homePlace('市'));
    }

    @Test
    void ourCityIsInDoubtWhenTwoHomeCitiesAreNamed() {
        DocumentContext ctx = new DocumentContext("我市与乙市签署协议。", null, java.util.List.of(
                entity(dev.newsie.model.EntityType.CITY, "甲城", "中国"),
                entity(dev.newsie.model.EntityType.CITY, "丙城", "中国")));
        assertNull(ctx.homePlace('市'));
    }

    @Test
    void theTailOfAForeignPlacesNameIsNoSecondHomeCity() {
        DocumentContext ctx = new DocumentContext("市长王明率团赴乙国白林山市访问。", null, java.util.List.of(
                entity(dev.newsie.model.EntityType.CITY, "白林山", "意大利"),
                entity(dev.newsie.model.EntityType.CITY, "林山", null),
                entity(dev.newsie.model.EntityType.CITY, "甲城", "中国")));
        assertEquals("甲城", ctx.homePlace('市'));
    }

    @Test
    void eachSemicolonClauseOfASentenceHasItsOwnDate() {
        String t = "2015年,甲乙签署意向书;2017年,甲乙互访;双方签订协议;2023年5月,乙致函甲。";
        DocumentContext ctx = new DocumentContext(t, "2024-05-21", java.util.List.of());
        assertEquals("2015", ctx.clauseDate(0, t.indexOf("签署")).first());
        assertEquals("2017", ctx.clauseDate(0, t.indexOf("签订")).first(), "an undated clause takes the dated one before it");
        assertEquals("2023-05", ctx.bestDate(0).first());
    }

    @Test
    void aDateOpeningAClauseAfterACommaStartsAClauseOfItsOwnTime() {
        String t = "2015年,甲乙签署意向书,2019年5月,两地签订协议。";
        DocumentContext ctx = new DocumentContext(t, "2024-05-21", java.util.List.of());
        assertEquals("2015", ctx.clauseDate(0, t.indexOf("签署")).first());
        assertEquals("2019-05", ctx.clauseDate(0, t.indexOf("签订")).first());
    }

    @Test
    void aClauseRestatingTheSentencesDateMoreCoarselyKeepsTheSentencesDate() {
        String t = "11月19日,论坛开幕;在2024年的论坛上,甲乙签署协议。";
        DocumentContext ctx = new DocumentContext(t, "2024-11-20", java.util.List.of());
        assertEquals("2024-11-19", ctx.clauseDate(0, t.indexOf("签署")).first());
    }

    @Test
    void aDateOfAYearLongPastIsARecalledOne() {
        assertTrue(DocumentContext.isLongPast("2005-10-20", 2025));
        assertFalse(DocumentContext.isLongPast("2024-12-30", 2025), "last year's is still news in January");
        assertFalse(DocumentContext.isLongPast("2025-03", 2025));
    }

    @Test
    void aYearBeforeAMunicipalitysFoundingDatesNoActOfTheSentence() {
        DocumentContext ctx = new DocumentContext("甲市1933年设市,乙市1946年建市,双方结盟成为好姊妹市。", null, java.util.List.of());
        assertNull(ctx.bestDate(0));
        DocumentContext signed = new DocumentContext("甲市与乙市1990年签署姊妹市协定。", null, java.util.List.of());
        assertEquals("1990", signed.bestDate(0).first());
    }

    @Test
    void aMonthAndDayDatelineInNumeralsDatesAReportFiledTheDayBeforePublication() {
        assertEquals("2021-03-05", reference("甲社乙市三月五日电 两市今日签署协议。", "2021-03-06"));
        assertEquals("2021-03-05", reference("甲社乙市3月5日电 两市今日签署协议。", "2021-03-06"));
    }

    @Test
    void aMonthAndDayDatelineLongBeforePublicationStillDatesTheReport() {
        assertEquals("2021-01-05", reference("甲社乙市1月5日电 两市今日签署协议。", "2021-03-06"));
        assertEquals("2021-03-26", reference("甲社乙市5日电 两市今日签署协议。", "2021-03-26")); // a bare day: only within a week
    }

    @Test
    void aDatelineWritingItsMonthDatesAPageStampedMonthsLater() {
        assertEquals("2024-09-10", reference("两省签署协议\n发布时间:2024-12-01 00:22:03\n本报长沙9月10日电 两省今天签署合作协议。", null));
        assertEquals("2024-12-01", reference("两省签署协议\n发布时间:2024-12-01 00:22:03\n本报长沙10日电 两省今天签署合作协议。", null));
    }

    @Test
    void ourDistrictIsTheDistrictWhoseGovernmentThePageNames() {
        DocumentContext ctx = new DocumentContext("我区与乙市签署协议。", null, java.util.List.of(
                entity(dev.newsie.model.EntityType.CITY, "乙城", "德国"),
                entity(dev.newsie.model.EntityType.CITY, "丙州", "中国"),
                entity(dev.newsie.model.EntityType.ORGANIZATION, "甲江区人民政府", null)));
        assertEquals("甲江", ctx.homePlace('区'), "the district's government speaks before the one Chinese city named");
    }

    @Test
    void aRelayedReportsDatelineIsNoPlaceOfTheSigning() {
        String relayed = "厦泉签署观光备忘录\n中评社福州3月5日电/据东南网报道,厦门市与泉州市5日签署了《观光合作备忘录》。";
        assertNull(MadeUpReports.signings(MadeUpReports.run(relayed, "2025-03-05")).get(0).location());
        String own = "厦泉签署观光备忘录\n中评社福州3月5日电 厦门市与泉州市5日签署了《观光合作备忘录》。";
        assertEquals("福州", MadeUpReports.signings(MadeUpReports.run(own, "2025-03-05")).get(0).location());
    }

    @Test
    void aDatelineWithItsDayInHanNumeralsNamesTheCityTheReportWasFiledFrom() {
        String text = "两市签约\n中新社烟台五月十日电 烟台市与日本青森市今日在此间签署友好城市关系协议书。";
        assertEquals("烟台", new DocumentContext(text, null, MadeUpReports.entities(text)).datelineCity());
        assertEquals("烟台", MadeUpReports.signings(MadeUpReports.run(text, null)).get(0).location());
    }

    @Test
    void aDateValueOpensWithItsYearOrWithNone() {
        assertEquals(2019, DocumentContext.yearOf("2019-05-08"));
        assertEquals(2019, DocumentContext.yearOf("2019"));
        assertNull(DocumentContext.yearOf("05-08"));
        assertNull(DocumentContext.yearOf(null));
    }

    @Test
    void aBylineDatelineOnALineOfItsOwnNamesTheCityTheReportWasFiledFrom() {
        String text = "两市结盟\n记者王明/烟台报导\n烟台市与青森市今天签署协定,结为姊妹市。";
        assertEquals("烟台", new DocumentContext(text, null, MadeUpReports.entities(text)).datelineCity());
        String fullWidth = "两市结盟\n特约记者王明／烟台报导\n烟台市与青森市今天签署协定,结为姊妹市。";
        assertEquals("烟台", new DocumentContext(fullWidth, null, MadeUpReports.entities(fullWidth)).datelineCity());
        // a place credited in running text, or after a slash with no reporter before it, is no dateline
        String credited = "两市结盟\n据烟台报导\n烟台市与青森市今天签署协定,结为姊妹市。";
        assertNull(new DocumentContext(credited, null, MadeUpReports.entities(credited)).datelineCity());
        String noReporter = "两市结盟\n王明/烟台报导\n烟台市与青森市今天签署协定,结为姊妹市。";
        assertNull(new DocumentContext(noReporter, null, MadeUpReports.entities(noReporter)).datelineCity());
    }
}
