package dev.newsie.events;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.EventBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 甲特区政府与乙市议会签署备忘录: where one side of a signing is a place (its government signs for it, GOLD.md §7) and
 * the other a city's council, the council is that city's local government (a Malaysian or Singaporean 市议会 is the
 * city's administration), so it too stands for its place. Two councils signing with each other (甲市议会与乙县议会
 * 缔结友好议会) are the councils themselves, and stay so.
 */
final class CouncilsBesideGovernments {
    /** A council named by its place and level: the place is the first group. */
    private static final Pattern COUNCIL = Pattern.compile("^(\\p{IsHan}{2,}?)(?:市|县|町|州)?议会$");

    private CouncilsBesideGovernments() {
    }

    static void placesForCouncils(List<EventBuilder> signings, List<Entity> entities) {
        for (EventBuilder e : signings) {
            List<String> parties = e.parties();
            if (parties == null || parties.size() != 2) {
                continue;
            }
            List<String> out = new ArrayList<>(parties);
            for (int k = 0; k < 2; k++) {
                Matcher council = COUNCIL.matcher(parties.get(k));
                if (council.matches() && isPlaceOrState(parties.get(1 - k), entities) && isPlace(council.group(1), entities)) {
                    out.set(k, council.group(1));
                }
            }
            e.parties(out);
        }
    }

    private static boolean isPlaceOrState(String name, List<Entity> entities) {
        return isPlace(name, entities) || entities.stream().anyMatch(x -> x.name().equals(name) && x.type() == EntityType.COUNTRY);
    }

    private static boolean isPlace(String name, List<Entity> entities) {
        return entities.stream().anyMatch(x -> x.name().equals(name) && x.type().isPlace());
    }
}
