package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.entities.MadeUpSentences.organizations;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences where places open or stand inside an organisation name. */
class PlaceSpansTest {
    @Test
    void placeAndHeadReadAsOneCommonNounIsAName() {
        Set<String> n = organizations("香港特区政府代表今天抵达。");
        assertTrue(n.contains("香港特区政府"), n.toString());
    }

    @Test
    void placeSplitByTheSegmenterStillOpensTheName() {
        Set<String> n = organizations("宁波大学与亚琛工业大学开展合作。");
        assertTrue(n.contains("亚琛工业大学"), n.toString());
    }

    @Test
    void countryBeforeARegionOutsideItStaysInTheName() {
        Set<String> n = organizations("会后，日本台湾交流协会理事长致辞。");
        assertTrue(n.contains("日本台湾交流协会"), n.toString());
    }

    @Test
    void aStateBeforeItsCityIsNoPartOfTheCitysBody() {
        Set<String> n = organizations("美国加利福尼亚州圣何塞市姐妹城市委员会主席来访。");
        assertTrue(n.contains("圣何塞市姐妹城市委员会"), n.toString());
    }

    @Test
    void aCityNamedElsewhereOpensTheBodyItIsWrittenBefore() {
        java.util.List<Candidate> city = java.util.List.of(new Candidate(2, 4, dev.newsie.model.EntityType.CITY, "烧川", "日本", Candidate.Source.PATTERN));
        String text = "日本烧川市长到访,烧川观光协会与烧川市役所出席。";
        assertTrue(PlaceSpans.cityCutBefore(text, city, text.indexOf("川观光")) == text.indexOf("烧川观光"));
        assertTrue(PlaceSpans.cityCutBefore(text, city, text.indexOf("市役所")) == text.indexOf("烧川市役所"));
        assertTrue(PlaceSpans.cityCutBefore(text, city, text.indexOf("出席")) == -1);
    }

    @Test
    void aTownWrittenBareOpensItsBranchOfAFriendshipAssociation() {
        Set<String> n = organizations("士别市与白湖市是友好城市。访问团团长、士别日本中国友好协会会长小野正治首先致辞。");
        assertTrue(n.contains("士别日本中国友好协会"), n.toString());
    }
}
