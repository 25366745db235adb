package dev.newsie.events;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;
import dev.newsie.model.EventType;
import dev.newsie.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A memorandum of friendly relations that the report says made a friendship city, in made-up reports. */
class TwinningMemorandaTest {
    private static final String TITLE = "友好合作关系备忘录";

    /** The agreement each made-up memorandum signing of 甲市 (with 乙市, then 丙市) ends with after marking. */
    private static List<String> marked(String text, String... partners) {
        List<Entity> places = new ArrayList<>();
        for (String name : new String[] {"甲市", "乙市", "丙市"}) {
            List<Mention> ms = new ArrayList<>();
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                ms.add(new Mention(name, i, i + name.length(), i, i + name.length()));
            }
            places.add(new Entity(name, EntityType.CITY, name, "中国", ms));
        }
        DocumentContext ctx = new DocumentContext(text, "2024-03-06", places);
        List<EventBuilder> signings = new ArrayList<>();
        for (String p : partners) {
            signings.add(Event.builder(EventType.SIGNING).agreement("MEMORANDUM").title(TITLE).parties(List.of("甲市", p)));
        }
        TwinningMemoranda.mark(ctx, signings);
        return signings.stream().map(e -> e.build().agreement()).toList();
    }

    private static boolean tells(String sentence) {
        DocumentContext ctx = new DocumentContext(sentence, "2024-03-06", List.of());
        return TwinningMemoranda.tellsTwinning(ctx, ctx.masked.get(0).masked());
    }

    @Test
    void aMemorandumThatMadeAFriendshipCityIsATwinning() {
        assertEquals(List.of("SISTER_CITY"), marked("3月5日,甲市与乙市签署友好合作关系备忘录。两市由此正式缔结友城。", "乙市"));
    }

    @Test
    void becomingAFriendshipCityInTheSameSentenceMakesItATwinning() {
        assertEquals(List.of("SISTER_CITY"), marked("3月5日,甲市与乙市友好合作关系备忘录签署仪式在甲市举行,乙市成为甲市第9个友好合作关系城市。", "乙市"));
    }

    @Test
    void theSigningToldAgainLaterStillTwinsByItsFirstTelling() {
        assertEquals(List.of("SISTER_CITY"), marked("3月5日,甲市与乙市签署友好合作关系备忘录。两市由此正式缔结友城。"
                + "甲市与乙市签署友好合作关系备忘录是当天的签约项目之一。", "乙市"));
    }

    @Test
    void aMemorandumToldWithoutATwinningStaysAMemorandum() {
        assertEquals(List.of("MEMORANDUM"), marked("3月5日,甲市与乙市签署友好合作关系备忘录。双方将在经贸领域开展合作。", "乙市"));
    }

    @Test
    void theHeadlineNamingTheMemorandumIsNotItsTelling() {
        // the headline names the memorandum; the body's sentence tells the twinning
        assertEquals(List.of("SISTER_CITY"), marked("甲市与乙市签署友好合作关系备忘录\n"
                + "3月5日,甲市与乙市签署友好合作关系备忘录,乙市成为甲市第9个友好合作关系城市。", "乙市"));
    }

    @Test
    void aStanceOnATwinningBetweenNamedPlacesIsNoTwinningMade() {
        // the planned-act words read the masked sentence: 支持 before a place (支持Ⓟ与Ⓟ缔结) is a stance, no act
        assertEquals(List.of("MEMORANDUM"), marked("3月5日,甲市与乙市签署友好合作关系备忘录。甲市市长表示全力支持乙市与甲市缔结友城。", "乙市"));
    }

    @Test
    void eachPairIsJudgedByItsOwnSentence() {
        assertEquals(List.of("MEMORANDUM", "SISTER_CITY"), marked("甲市签署两份友好合作关系备忘录\n3月5日,甲市与乙市签署友好合作关系备忘录,双方将深化经贸合作。\n"
                + "3月6日,甲市与丙市签署友好合作关系备忘录,丙市成为甲市第9个友好合作关系城市。", "乙市", "丙市"));
    }

    @Test
    void anEarlierTwinningIsNotTheOneMade() {
        assertFalse(tells("两市于2010年缔结友好城市,交往密切"));
        assertFalse(tells("两市缔结友好城市以来,交往密切"));
        assertFalse(tells("市长希望两市早日缔结友好城市关系"));
        assertTrue(tells("乙市成为甲市第9个友好合作关系城市"));
    }

    @Test
    void theReportsOwnYearIsNoEarlierTwinning() {
        assertTrue(tells("2024年两市由此正式缔结友城"));
    }

    @Test
    void aPlanOnlyBoundsItsOwnClause() {
        // 将 plans the cooperation of the first clause, not the twinning told after it
        assertTrue(tells("双方将加强经贸往来,乙市由此成为甲市第9个友好城市"));
    }

    @Test
    void aRelationsGrowthIsNoCityBecomingAFriendshipCity() {
        assertFalse(tells("此次签约成为两市友好城市关系发展的新起点"));
        assertTrue(tells("乙市成为甲市第9个友好城市"));
    }
}
