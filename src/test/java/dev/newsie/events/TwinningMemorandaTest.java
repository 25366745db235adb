package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A memorandum of friendly relations that the report says made a friendship city, in made-up reports. */
class TwinningMemorandaTest {
    @Test
    void aMemorandumThatMadeAFriendshipCityIsATwinning() {
        List<Event> ss = signings(run("3月5日,珠海市与巴拿马科隆市签署友好合作关系备忘录。珠海市在中美洲缔结友城实现零的突破。",
                "2024-03-06"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }

    @Test
    void becomingAFriendshipCityInTheSameSentenceMakesItATwinning() {
        List<Event> ss = signings(run("3月5日,珠海市与巴拿马科隆市建立友好合作关系谅解备忘录签署仪式在珠海举行,科隆市成为珠海市第9个国际友好合作关系城市。",
                "2024-03-06"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }

    @Test
    void theSigningToldAgainLaterStillTwinsByItsFirstTelling() {
        List<Event> ss = signings(run("3月5日,珠海市与巴拿马科隆市签署友好合作关系备忘录。珠海市在中美洲缔结友城实现零的突破。"
                + "珠海市与科隆市签署备忘录是现场签约项目之一。", "2024-03-06"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("SISTER_CITY", ss.get(0).agreement());
    }

    @Test
    void aMemorandumToldWithoutATwinningStaysAMemorandum() {
        List<Event> ss = signings(run("3月5日,珠海市与巴拿马科隆市签署友好合作关系备忘录。双方将在经贸领域开展合作。", "2024-03-06"));
        assertEquals(1, ss.size(), ss.toString());
        assertEquals("MEMORANDUM", ss.get(0).agreement());
    }

    @Test
    void anEarlierTwinningIsNotTheOneMade() {
        assertFalse(TwinningMemoranda.tellsTwinning("两市于2010年缔结友好城市,交往密切"));
        assertFalse(TwinningMemoranda.tellsTwinning("两市缔结友好城市以来,交往密切"));
        assertFalse(TwinningMemoranda.tellsTwinning("市长希望两市早日缔结友好城市关系"));
        assertTrue(TwinningMemoranda.tellsTwinning("乙市成为甲市第9个友好合作关系城市"));
    }
}
