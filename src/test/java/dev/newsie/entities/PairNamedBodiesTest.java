package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up bodies run by a pair of twinned places, read from the second place on and opened at the first. */
class PairNamedBodiesTest {
    /** The body read from {@code body} to its end, with {@code placeNames} read as places wherever they stand. */
    private static String read(String text, String body, String... placeNames) {
        List<Candidate> places = new ArrayList<>();
        for (String p : placeNames) {
            for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
                places.add(new Candidate(at, at + p.length(), EntityType.CITY, p, null, Candidate.Source.GAZETTEER));
            }
        }
        int start = text.indexOf(body);
        Candidate org = new Candidate(start, start + body.length(), EntityType.ORGANIZATION, body, null, Candidate.Source.PATTERN);
        return PairNamedBodies.withBothPlaces(text, org, places).name();
    }

    @Test
    void aBodyNamedForTwoPlacesJoinedAsAPairOpensAtTheFirst() {
        assertEquals("青河与白沙姊妹市协会", read("青河与白沙姊妹市协会会长出席。", "白沙姊妹市协会", "青河", "白沙"));
        assertEquals("柳港和澄江市东区友好城市联合会", read("昨天，柳港和澄江市东区友好城市联合会成立。", "澄江市东区友好城市联合会", "柳港", "澄江市", "东区"));
        assertEquals("石泉—河谷友城委员会", read("会见了石泉—河谷友城委员会主席。", "河谷友城委员会", "石泉", "河谷"));
    }

    @Test
    void twoOneCharacterShortFormsBeforeADashNameThePair() {
        assertEquals("青——白姐妹城市委员会", read("嘉宾有张明、青——白姐妹城市委员会主席。", "白姐妹城市委员会"));
    }

    @Test
    void noPairWithoutTheStandingOrWithoutAPlaceBeforeTheJoin() {
        // a government after a conjunction is the second place's own body: no standing names a pair
        assertEquals("白沙市政府", read("代表团访问了青河与白沙市政府。", "白沙市政府", "青河", "白沙市"));
        // what stands before the conjunction is no place
        assertEquals("白沙姊妹市协会", read("感谢各界与白沙姊妹市协会的支持。", "白沙姊妹市协会", "白沙"));
        // a one-character word before a conjunction (not a dash) is no short form of a place
        assertEquals("白姐妹城市委员会", read("青与白姐妹城市委员会", "白姐妹城市委员会"));
    }
}
