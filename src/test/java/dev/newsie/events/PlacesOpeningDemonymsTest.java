package dev.newsie.events;

import dev.newsie.model.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A place name that opens a demonym or a brand (巴黎人, 威尼斯人) inside a venue's name places no forum. */
class PlacesOpeningDemonymsTest {
    private static final ForumVenue venues = new ForumVenue(EventLexicon.load());

    /** A sentence masked with the entities of the package's shared models ({@link MadeUpReports}). */
    private static MaskedSentence masked(String sentence) {
        List<Entity> es = MadeUpReports.entities(sentence);
        return MaskedSentence.of(new Sentence(0, sentence.length(), sentence), es);
    }

    @Test
    void theRegionBeforeTheBrandPlacesTheForum() {
        MaskedSentence ms = masked("峰会今日假澳门巴黎人蓝湾会议厅隆重开幕。");
        assertEquals("澳门", ForumLocation.location(ms));
        assertEquals("巴黎人蓝湾会议厅", venues.venue(ms));
    }

    @Test
    void 人民AndOtherWordsOf人AreNoDemonym() {
        assertEquals("北京", ForumLocation.location(masked("论坛在北京人民大会堂举行。")));
        assertTrue(Demonyms.opensOne("巴黎人酒店", 2));
        assertFalse(Demonyms.opensOne("青河人才大厦", 2));
        assertFalse(Demonyms.opensOne("青河", 2));
    }
}
