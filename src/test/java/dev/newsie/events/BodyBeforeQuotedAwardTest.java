package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.newsie.events.MadeUpReports.awards;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A body written right before an award's quoted name gives it, on made-up reports. */
class BodyBeforeQuotedAwardTest {
    @Test
    void theOrganisationBeforeTheQuotedPrizeAfterAVerbOfReceivingGivesIt() {
        Map<String, Event> a = awards("北岭市少年交流项目获奖\n本报讯 北岭市与远湾市的少年交流项目获得了东海城市联谊会“城市交流贡献奖”。", "2031-05-09");
        assertEquals(List.of("东海城市联谊会"), a.get("城市交流贡献奖").giver());
    }

    @Test
    void aCountrysGovernmentBeforeTheQuotedPrizeGivesItAndIsNoPartOfItsName() {
        Map<String, Event> a = awards("中国译者获意大利文学翻译奖\n罗马消息 五名中国译者近日荣获意大利政府“钱江奖”,"
                + "以表彰他们多年译介意大利文学。", "2031-09-29");
        assertEquals(List.of("钱江奖"), List.copyOf(a.keySet()));
        assertEquals(List.of("意大利政府"), a.get("钱江奖").giver());
    }

    @Test
    void theHeadlinesGovernmentAndQuotedPrizeNameTheGiver() {
        Map<String, Event> a = awards("葡萄牙政府“海洋友谊奖”授予八名中国学者\n本报讯 “海洋友谊奖”的颁奖典礼于5日晚间在里斯本的市政厅举办。",
                "2031-10-02");
        assertEquals(List.of("葡萄牙政府"), a.get("海洋友谊奖").giver());
    }

    @Test
    void aBodyAfterTheVerbOfConferringIsTheOneHonoured() {
        Map<String, Event> a = awards("远江大学获表彰\n本报讯 青溪市政府日前授予远江大学“国际交流先进单位”称号。", "2031-05-09");
        assertTrue(a.containsKey("国际交流先进单位"));
        assertTrue(a.get("国际交流先进单位").giver() == null || !a.get("国际交流先进单位").giver().contains("远江大学"));
    }

    @Test
    void aRecordOfHonoursWonNamesNoGiver() {
        Map<String, Event> a = awards("青溪市面貌一新\n本报讯 近十年来,青溪市屡次获得东海城市联谊会“绿色城市奖”和省级卫生城市等称号。", "2031-05-09");
        assertTrue(!a.containsKey("绿色城市奖") || a.get("绿色城市奖").giver() == null);
    }

    @Test
    void aRecordTellingItsYearIsAnActAndKeepsItsGiver() {
        Map<String, Event> a = awards("远江市获奖\n本报讯 远江市2029年先后获得东方城市协会“城市更新奖”等奖项。", "2031-05-09");
        assertEquals(List.of("东方城市协会"), a.get("城市更新奖").giver());
    }
}
