package dev.newsie.events;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.entities.EntityRecognizer;
import dev.newsie.model.Entity;
import dev.newsie.nlp.Analysis;
import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Made-up sentences saying where a forum was held. */
class ForumVenueTest {
    private static EntityRecognizer entities;
    private static ForumVenue venues;
    private static final HanLpBackend hanlp = new HanLpBackend();

    @BeforeAll
    static void load() {
        entities = EntityRecognizer.load(CanonicalNames.load());
        venues = new ForumVenue(EventLexicon.load());
    }

    private static String venueOf(String sentence) {
        List<Entity> es = entities.recognize(sentence, hanlp.analyse(sentence), Analysis.EMPTY);
        return venues.venue(MaskedSentence.of(new Sentence(0, sentence.length(), sentence), es));
    }

    @Test
    void theCityBeforeTheBuildingIsDropped() {
        assertEquals("天府国际会议中心", venueOf("论坛在成都天府国际会议中心隆重开幕。"));
    }

    @Test
    void aBuildingNamedOnlyByItsCityKeepsIt() {
        assertEquals("成都国际会议中心", venueOf("论坛在成都国际会议中心举行。"));
    }

    @Test
    void aBuildingNotFollowedByAVerbOfHoldingIsNoVenue() {
        assertNull(venueOf("代表们参观了成都国际会议中心。"));
    }

    @Test
    void aVenueBeforeAnyVerbOfHolding() {
        // a hotel keeps the city its name opens with (round 21, ForumVenue.HOTEL: gold writes 甲市…酒店 whole)
        assertEquals("台中雅乐酒店", venueOf("论坛今天在台中雅乐酒店登场。"));
    }

    @Test
    void aGenericNameKeepsTheCityOrGovernmentBeforeIt() {
        assertEquals("南宁国际会展中心", venueOf("论坛在南宁国际会展中心开幕。"));
        assertEquals("台南市政府大礼堂", venueOf("论坛15日在台南市政府大礼堂开幕。"));
    }

    @Test
    void aDomeIsAVenue() {
        assertEquals("高雄巨蛋", venueOf("第三届海港城市峰会9日在高雄巨蛋开幕。"));
    }
}
