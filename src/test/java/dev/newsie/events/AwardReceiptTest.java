package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: who received an award named after the verb of receiving. */
class AwardReceiptTest {
    @Test
    void aVisitorHonouredDuringTheVisitIsTheRecipientNotThePlaceVisited() {
        Event e = MadeUpReports.ofType(MadeUpReports.run("访问\n韩国丽水市市长朴正焕一行访问泉州期间,被授予“泉州市荣誉市民”称号。", "2031-08-02"),
                EventType.AWARD).get(0);
        assertEquals(List.of("朴正焕"), e.recipients());
    }

    @Test
    void winnersCarryingTheirNationalityInBracketsAreTheRecipients() {
        Event e = MadeUpReports.ofType(MadeUpReports.run("表彰\n28日,彼得·格林(英国)、约翰·史密斯(美国)等8名外国专家荣获本年度“白州友谊奖”。",
                "2031-09-30"), EventType.AWARD).get(0);
        assertEquals(List.of("彼得·格林", "约翰·史密斯"), e.recipients());
    }

    @Test
    void theBodyThatGaveTheAwardOfAYearIsItsGiver() {
        Event e = MadeUpReports.ofType(MadeUpReports.run("表彰\n28日,英国专家彼得·格林荣获白州市人民政府颁发的2031年度“白州友谊奖”。",
                "2031-09-30"), EventType.AWARD).get(0);
        assertEquals(List.of("白州市人民政府"), e.giver());
    }

    @Test
    void whoAcceptsAnHonourConferredIsItsRecipient() {
        Event e = MadeUpReports.ofType(MadeUpReports.run("仪式\n加拿大友城代表团团长罗伯特·怀特接受了白州市授予的“白州荣誉市民”称号。",
                "2031-08-02"), EventType.AWARD).get(0);
        assertEquals(List.of("罗伯特·怀特"), e.recipients());
    }

    @Test
    void theDayOfReceivingBetweenTheRecipientAndTheVerbKeepsTheRecipient() {
        Event e = MadeUpReports.ofType(MadeUpReports.run("荣誉市民\n即将离任的荷兰驻华领事汉斯·穆勒,今天获得青州市长李文华颁发“青州荣誉市民”证书。",
                "2031-09-30"), EventType.AWARD).get(0);
        assertEquals(List.of("汉斯·穆勒"), e.recipients());
        Event f = MadeUpReports.ofType(MadeUpReports.run("表彰\n英国专家彼得·格林昨日下午荣获“白州友谊奖”。",
                "2031-09-30"), EventType.AWARD).get(0);
        assertEquals(List.of("彼得·格林"), f.recipients());
    }

    @Test
    void winnersRespectivelyTakeOnlyTheAwardsOfTheirOwnClause() {
        List<Event> as = MadeUpReports.ofType(MadeUpReports.run("获奖\n大会上，安徽省和江西省分别获得“友好省州合作奖”，合肥市获得“国际友城创新奖”。",
                "2031-11-20"), EventType.AWARD);
        assertEquals(List.of("安徽", "江西"), as.stream().filter(a -> a.award().equals("友好省州合作奖")).findFirst().orElseThrow().recipients());
        assertEquals(List.of("合肥"), as.stream().filter(a -> a.award().equals("国际友城创新奖")).findFirst().orElseThrow().recipients());
    }

    @Test
    void thePlaceAfter在IsWhereTheHonourWasReceivedNotWhoReceivedIt() {
        Event e = MadeUpReports.ofType(MadeUpReports.run("仪式\n美国塔尔萨市市长詹姆斯·卡特日前在厦门接受了厦门市人民政府授予的“厦门荣誉市民”称号。",
                "2031-08-02"), EventType.AWARD).get(0);
        assertEquals(List.of("詹姆斯·卡特"), e.recipients());
        Event f = MadeUpReports.ofType(MadeUpReports.run("表彰\n英国专家彼得·格林29日在厦门获得“鹭岛友谊奖”。", "2031-09-30"),
                EventType.AWARD).get(0);
        assertEquals(List.of("彼得·格林"), f.recipients());
    }

    @Test
    void whoReceivedAnAwardAtAVenueNamedAfterACityIsTheRecipientNotTheCity() {
        Event e = MadeUpReports.ofType(MadeUpReports.run("表彰\n上周五,新西兰工程师汤姆·贝克在杭州国际博览中心获颁本年度“白州友谊奖”。",
                "2031-09-30"), EventType.AWARD).get(0);
        assertEquals(List.of("汤姆·贝克"), e.recipients());
    }
}
