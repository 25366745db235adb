package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences (in Simplified characters, as the events stage reads Traditional pages): a city or town quoted right after the state or prefecture it lies in (美国加利福尼亚州「某某市」) is the
 * last link of the chain, so it, not the state, is the side of the twinning.
 */
class QuotedPlaceInChainTest {
    @Test
    void theQuotedCityIsTheSideOfTheTwinning() {
        String text = "桃园市与美国加利福尼亚州「圣何塞市」于2017年2月24日签订姊妹市。";
        EventExtractor.Result r = MadeUpReports.run(text, "2024-05-03");
        Set<String> rel = MadeUpReports.relationKeys(r);
        assertTrue(rel.stream().anyMatch(k -> k.contains("圣何塞") && k.contains("桃园")), rel.toString());
        assertTrue(rel.stream().noneMatch(k -> k.contains("加利福尼亚")), rel.toString());
        Event s = MadeUpReports.theOneSigning(text, "2024-05-03");
        assertEquals(Set.of("桃园", "圣何塞"), MadeUpReports.partiesOf(s));
    }

    @Test
    void aQuotedTownAfterItsPrefectureIsThePartner() {
        String text = "烟台市与日本长野县「松本市」于1998年缔结为姊妹市。";
        Set<String> rel = MadeUpReports.relationKeys(MadeUpReports.run(text, "2024-05-03"));
        assertTrue(rel.stream().anyMatch(k -> k.contains("松本") && k.contains("烟台")), rel.toString());
    }
}
