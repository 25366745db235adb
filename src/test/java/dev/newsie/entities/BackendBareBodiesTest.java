package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The backend's organisation mentions of bare bodies read as GOLD.md §7 says: the article's own place's body in full,
 * nothing when no such place is named, and nothing for a head noun cut from a longer title (made-up sentences).
 */
class BackendBareBodiesTest {
    private static final BareOrganizationReferences BARE = BareOrganizationReferences.load();
    private static final OrganizationRecognizer ORGANIZATIONS = OrganizationRecognizer.load();

    private static Candidate backend(String text, String name) {
        int at = text.indexOf(name);
        return new Candidate(at, at + name.length(), EntityType.ORGANIZATION, name, null, Candidate.Source.WEAK);
    }

    private static Candidate qualified(String text, String name) {
        return BackendBareBodies.qualified(text, backend(text, name), MadeUpSentences.placeCandidates(text), BARE, ORGANIZATIONS);
    }

    @Test
    void aBareBodyWithNoPlaceNamedIsNoEntity() {
        assertNull(qualified("上午,市人大常委会副主任李华会见了来访的韩国客人。", "市人大常委会"));
    }

    @Test
    void aBareBodyOfANamedCityIsThatCitysBody() {
        Candidate c = qualified("烟台市代表团回国后,市人大常委会副主任李华听取了汇报。", "市人大常委会");
        assertEquals("烟台市人大常委会", c.name());
    }

    @Test
    void aHeadNounAloneIsNoBody() {
        assertNull(qualified("烟台市人大常委会副主任李华出席。", "常委会"));
    }

    @Test
    void aHeadNounOpeningItsWordStays() {
        assertEquals("外交部", qualified("烟台代表团回国后,外交部官员听取了汇报。", "外交部").name());
    }

    @Test
    void aNamedBodyStaysAsItIs() {
        assertEquals("烟台市总商会", qualified("烟台市总商会会长出席。", "烟台市总商会").name());
    }
}
