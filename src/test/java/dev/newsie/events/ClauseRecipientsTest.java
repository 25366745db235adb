package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The recipients backoff ({@link ClauseRecipients}), on small made-up reports (invented people and awards). */
class ClauseRecipientsTest {
    private static Event award(String text) {
        return run(text, "2031-03-02").events().stream().filter(e -> e.type() == EventType.AWARD).findFirst().orElseThrow();
    }

    @Test
    void theAgencyInABracketedTagOpeningTheHeadlineIsNoReceiver() {
        Event a = award("【新华社】12位外国友人获颁首届白州友谊奖\n新华社白州9月8日电 首届白州友谊奖颁奖典礼8日在白州举行。");
        assertEquals(null, a.recipients());
    }

    @Test
    void theNamesBeforeAVerbOfReceivingReceiveTheAwardEvenWithAReasonBetween() {
        Event a = award("颁奖\n英国专家约翰·史密斯和德国教授汉斯·穆勒因长期推动两市青少年交流荣获“海州友谊奖”。");
        assertEquals(List.of("约翰·史密斯", "汉斯·穆勒"), a.recipients());
    }

    @Test
    void theOneWhoReceivedIsFoundWithAMeansOfWinningBetweenThemAndTheVerb() {
        Event a = award("颁奖\n在海州工作十年的英国专家约翰·史密斯日前凭借对两市交流的贡献摘得“海州友谊奖”。");
        assertEquals(List.of("约翰·史密斯"), a.recipients());
    }

    @Test
    void namesTooFarBeforeTheVerbAreNoRecipients() {
        Event a = award("颁奖\n英国专家约翰·史密斯出席了当天在市民中心举行的全市对外交流工作年度总结表彰大会,会上多家单位获得“海州友谊奖”。");
        assertEquals(null, a.recipients());
    }

    @Test
    void whoPresentsToTheWinnersReceivesNothing() {
        Event a = award("颁奖\n副市长王建国为获得“海州友谊奖”的外国专家颁奖。");
        assertEquals(null, a.recipients());
    }

    @Test
    void whoCongratulatesTheWinnersReceivesNothing() {
        Event a = award("颁奖\n市长王建国出席颁奖大会,向荣获“海州友谊奖”的外国专家表示祝贺。");
        assertEquals(null, a.recipients());
    }

    @Test
    void whoBecomesTheFirstWinnerReceivedTheAward() {
        Event a = award("颁奖\n英国专家约翰·史密斯成为获得“海州友谊奖”的首位外籍专家。");
        assertEquals(List.of("约翰·史密斯"), a.recipients());
    }

    @Test
    void whoMeetsTheWinnersReceivesNothing() {
        Event a = award("颁奖\n副省长王建国在省政府亲切会见获得“海州友谊奖”的外国专家代表。");
        assertEquals(null, a.recipients());
    }

    @Test
    void aPlaceBeforeACountOfWinnersIntroducedBy有IsWhereTheyAreNotWhoWon() {
        Event a = award("颁奖\n2031年山东共有3位外籍工程师获得“海州友谊奖”。");
        assertEquals(null, a.recipients());
    }

    @Test
    void aCountOfWinnersOpeningItsOwnClauseLeavesThePlaceOfTheCeremonyOut() {
        Event a = run("颁奖\n2031年5月6日,山东省友谊奖颁奖仪式在济南举行,全省共有3人获得“海鸥友谊奖”。", "2031-05-07").events().stream()
                .filter(e -> e.type() == EventType.AWARD && "海鸥友谊奖".equals(e.award())).findFirst().orElseThrow();
        assertEquals(null, a.recipients());
    }

    @Test
    void aListAfterTheVerbGroupedByProvinceWithCommasIsOneEnumeration() {
        Event a = award("颁奖\n日前,绿化协会授予山东省烟台市、威海市,湖北省襄阳市,四川省绵阳市4个城市“全国绿色城市”称号。");
        assertEquals(List.of("烟台", "威海", "襄阳", "绵阳"), a.recipients());
    }

    @Test
    void theEntriesEndingAtTheCountAreReadPastAGarbledEntry() {
        Event a = award("颁奖\n日前,绿化协会授予山东省烟台市,、威海市,,甘肃省天\uFFFD鍪,,四川省绵阳市4个城市“全国绿色城市”称号。");
        assertEquals(List.of("烟台", "威海", "绵阳"), a.recipients());
    }
}
