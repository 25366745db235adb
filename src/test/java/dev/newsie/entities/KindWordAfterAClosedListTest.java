package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 等 after a list's last place closes the list: the word after it names the kinds of the items (区县, 市县), not
 * another place — round 13 of issue 9, on a made-up sentence.
 */
class KindWordAfterAClosedListTest {
    private final CoordinatedPlaces coordinated = new CoordinatedPlaces(PlaceSuffixRules.load());

    private static Candidate place(String text, String name) {
        int s = text.indexOf(name);
        return new Candidate(s, s + name.length(), EntityType.CITY, name, "中国", Candidate.Source.GAZETTEER);
    }

    @Test
    void theKindsOfTheItemsAfterDengAreNoPlace() {
        String text = "江宁区、六合区、溧水区等区县和有关部门负责人出席了签约仪式。";
        List<Candidate> found = coordinated.recognize(text,
                List.of(place(text, "江宁区"), place(text, "六合区"), place(text, "溧水区")));
        assertTrue(found.isEmpty(), found.toString());
    }
}
