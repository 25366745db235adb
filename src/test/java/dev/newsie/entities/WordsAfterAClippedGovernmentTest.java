package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 甲市府 + any word of the clause is the government; a street, a building or the place of an act is not. */
class WordsAfterAClippedGovernmentTest {
    private static boolean governs(String text, String place) {
        int start = text.indexOf(place);
        return WordsAfterAClippedGovernment.namesTheGovernment(text, start, start + place.length() + 1);
    }

    @Test
    void aVerbOrATimeWordAfterTheClipLeavesTheGovernment() {
        assertTrue(governs("图/青河市府提供", "青河市"));
        assertTrue(governs("白岭市府昨日举行签约仪式", "白岭市"));
        assertTrue(governs("青河市府热情接待来宾", "青河市"));
    }

    @Test
    void aStreetABuildingOrALocaliserMakesItAPlace() {
        assertFalse(governs("车队驶过青河市府路", "青河市"));
        assertFalse(governs("来宾参观白岭市府大楼", "白岭市"));
        assertFalse(governs("众人聚集在青河市府前", "青河市"));
    }

    @Test
    void afterALocativeTheBuildingIsWhereTheActHappens() {
        assertFalse(governs("市长在白岭市府举办酒会", "白岭市"));
        assertTrue(governs("市长在白岭市府,向来宾致辞", "白岭市"));
    }
}
