package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: 颁发了奖牌和获奖证书 names what is handed over, not a second award beside the one quoted. */
class HandedOverObjectsNameNoAwardTest {
    @Test
    void aMedalAndAWinnersCertificateAreNoAward() {
        List<Event> awards = MadeUpReports.ofType(MadeUpReports.run(
                "省长为外国专家颁奖\n绿网9月29日讯 今天上午,甲州省第四届“青峰友谊奖”颁奖仪式在南平隆重举行。"
                        + "副省长宣读获奖名单之后,省长向每位获奖的外国专家一一颁发了奖牌和获奖证书。"
                        + "获奖的奥地利专家卡尔·霍夫曼、波兰专家安娜·诺瓦克在仪式上发表了获奖感言。", "2031-09-29"), EventType.AWARD);
        assertEquals(List.of("青峰友谊奖"), awards.stream().map(Event::award).toList());
        assertEquals(List.of("卡尔·霍夫曼", "安娜·诺瓦克"), awards.get(0).recipients());
    }
}
