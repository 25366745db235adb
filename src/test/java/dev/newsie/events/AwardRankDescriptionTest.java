package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: a phrase telling an award's standing (最高荣誉奖) describes the named award, it is no award of its own. */
class AwardRankDescriptionTest {
    @Test
    void theHighestHonourDescribesTheQuotedAward() {
        List<Event> awards = MadeUpReports.ofType(MadeUpReports.run(
                "颁奖\n昨日,甲州省政府举行“青峰友谊奖”颁奖仪式。“青峰友谊奖”是甲州省政府专为在本省工作的海外人才设立的最高荣誉奖。"
                        + "奥地利专家卡尔·霍夫曼代表获奖者致辞。", "2031-10-09"), EventType.AWARD);
        assertEquals(List.of("青峰友谊奖"), awards.stream().map(Event::award).toList());
        assertEquals(List.of("卡尔·霍夫曼"), awards.get(0).recipients());
    }
}
