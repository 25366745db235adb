package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up spans of two bodies joined by a conjunction. */
class CoordinatedBodiesTest {
    private static final OrganizationHeads HEADS = new OrganizationHeads(List.of("公司", "公社", "局", "委员会", "协会", "总会", "议会", "使馆"));

    private static List<String> split(String name) {
        Candidate c = new Candidate(10, 10 + name.length(), EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN);
        return CoordinatedBodies.split(c, HEADS).stream().map(Candidate::name).toList();
    }

    @Test
    void twoNamedBodiesJoinedByAConjunctionAreTwo() {
        assertEquals(List.of("青河捷运公司", "白山交通公社"), split("青河捷运公司和白山交通公社"));
        assertEquals(List.of("青河区文旅局", "白山市文旅局"), split("青河区文旅局与白山市文旅局"));
    }

    @Test
    void aConjunctionInsideOneBodysNameKeepsItWhole() {
        assertEquals(List.of("青河经济和信息化局"), split("青河经济和信息化局"));
    }

    @Test
    void twoPlacesSharingABodysNameAreEachPlacesBody() {
        assertEquals(List.of("青河省人民对外友好协会", "白山市人民对外友好协会"), split("青河省及白山市人民对外友好协会"));
    }

    @Test
    void peopleJoinedToABodyAreNoPartOfIt() {
        assertEquals(List.of("白山华侨总会"), split("友好人士及白山华侨总会"));
    }

    @Test
    void anOfficeJoinedToABodyIsNoPartOfIt() {
        assertEquals(List.of("白山议会"), split("白山市长及白山议会"));
    }

    @Test
    void peopleOrASideJoinedToABareHeadNameNoBody() {
        assertEquals(List.of(), split("中方及使馆"));
        assertEquals(List.of(), split("青河市政府代表团和议会"));
    }

    @Test
    void bodiesAfterAnOfficeAreSplitInTurn() {
        assertEquals(List.of("青河议会", "白山协会"), split("白山市长与青河议会及白山协会"));
        assertEquals(List.of("白山华侨总会"), split("友好人士、白山华侨总会"));
    }
}
