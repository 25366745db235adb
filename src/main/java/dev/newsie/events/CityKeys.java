package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.EventBuilder;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key to a city (市钥) that its head hands a guest is an honour of that city: the place written before the key is
 * its giver (GOLD.md §7, a place said to confer) — glued to it (甲市钥, the name {@link AwardNames} reads as written),
 * joined by 的 (甲市的市钥) or before the key in quotation marks (甲「市钥」) — and, where nothing else places the
 * ceremony, its place: a city hands its key to a guest it receives (a habit of the genre's reports, not a fact of the
 * language; a key handed over abroad would be misplaced).
 * The guest is named after 予/给 ({@link WinnersAfterAward}) or, in the double-object order, between the verb of
 * handing over and the key (送给乙…的市钥), which this class reads.
 */
final class CityKeys {
    private CityKeys() {
    }

    /** What is handed over: a city's key, however its city is written before it. */
    static final String KEY = "市钥";

    /** The place before the key: 甲市的 / 甲的 / 甲「 (a quotation mark may be dropped from the masked text). */
    private static final Pattern PLACE_BEFORE = Pattern.compile("(Ⓟ)市?的?[“\"「『]?$");

    /**
     * 送给乙(市长),…的: a verb of handing over with its recipient right after it, then the key later in the clause (no
     * other person between, no clause end).
     */
    private static final Pattern GIVEN_TO_BEFORE = Pattern.compile(
            "(?:送给|赠给|赠送给?|致赠给?|颁赠给?|颁给|赠予)(Ⓡ)[^。;；Ⓡ]{0,40}?$");

    static boolean isKey(String award) {
        return award.endsWith(KEY);
    }

    /**
     * 致赠甲市的市钥: where the award has no giver yet and is a city's key written with its city, that city gives it and,
     * where nothing else placed the ceremony, hands it over at home.
     */
    static void givenByItsCity(MaskedSentence ms, String award, EventBuilder e) {
        String city = e.build().giver() == null ? giver(ms, award) : null;
        if (city != null) {
            e.giver(List.of(city));
            if (e.location() == null) {
                e.location(city);
            }
        }
    }

    /** The place whose key the award named {@code award} in this sentence is; null if no place is written with it. */
    static String giver(MaskedSentence ms, String award) {
        int at = keyAt(ms, award);
        if (at < 0) {
            return null;
        }
        if (award.length() > KEY.length()) {
            List<MaskedSentence.Slot> glued = ms.slots(at, at + 1); // 甲市钥: the key's name opens with its city
            return glued.isEmpty() || !isPlace(glued.get(0)) ? null : glued.get(0).entity().name();
        }
        Matcher p = PLACE_BEFORE.matcher(ms.masked().substring(0, at));
        if (!p.find()) {
            return null;
        }
        List<MaskedSentence.Slot> place = ms.slots(p.start(1), p.end(1));
        return place.isEmpty() || !isPlace(place.get(0)) ? null : place.get(0).entity().name();
    }

    /** 送给乙市长,…的甲「市钥」: the person named between the verb of handing over and the key; empty if none. */
    static List<String> recipientBefore(MaskedSentence ms, String award) {
        int at = keyAt(ms, award);
        if (at < 0) {
            return List.of();
        }
        Matcher g = GIVEN_TO_BEFORE.matcher(ms.masked().substring(0, at));
        if (!g.find()) {
            return List.of();
        }
        List<MaskedSentence.Slot> person = ms.slots(g.start(1), g.end(1));
        return person.isEmpty() ? List.of() : List.of(person.get(0).entity().name());
    }

    private static int keyAt(MaskedSentence ms, String award) {
        int inText = isKey(award) ? ms.sentence().text().indexOf(award) : -1;
        return inText < 0 ? -1 : Math.min(ms.maskedPos(ms.sentence().start() + inText), ms.masked().length());
    }

    private static boolean isPlace(MaskedSentence.Slot s) {
        return s.entity().type() == EntityType.CITY || s.entity().type() == EntityType.PROVINCE;
    }
}
