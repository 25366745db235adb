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
                "青峰奖揭晓\n绿网讯 甲州省今年的“青峰友谊奖”29日揭晓,南平举行了颁奖会。"
                        + "省长随后为获奖者逐一颁发奖杯和获奖证书。"
                        + "获奖的奥地利专家卡尔·霍夫曼、波兰专家安娜·诺瓦克随后致辞。", "2031-09-29"), EventType.AWARD);
        assertEquals(List.of("青峰友谊奖"), awards.stream().map(Event::award).toList());
        assertEquals(List.of("卡尔·霍夫曼", "安娜·诺瓦克"), awards.get(0).recipients());
    }
}
