package dev.newsie.events;

import dev.newsie.model.EventBuilder;

import java.util.List;
import java.util.regex.Pattern;

/**
 * 甲大学与乙国丙州三所大学签署…: a place followed by a count of bodies (三所大学, 5家企业, 多所高校) is where those
 * bodies are, not a side: the bodies signed, and the report does not name them there. A signing read with that
 * place as a party is dropped rather than given the place (GOLD.md: parties are who signed).
 * Reads one masked clause; writes nothing.
 */
final class CountedBodiesOfAPlace {
    private CountedBodiesOfAPlace() {
    }

    /** 三所大学, 5家企业, 多所高校, 两家醫院: a count, its classifier and a kind of body, right after the place. */
    private static final Pattern COUNTED_BODIES = Pattern.compile(
            "(?:\\d+|[一二三四五六七八九十两兩几幾多数數]+)(?:所|家)[^ⓅⓄⓇ,，。;；]{0,4}?"
                    + "(?:大学|大學|高校|院校|学校|學校|企业|企業|公司|医院|醫院|机构|機構)");

    /** Whether a party of the signing is a place the clause [from, to) names only as the home of counted bodies. */
    static boolean placeOfCountedBodies(MaskedSentence ms, int from, int to, EventBuilder e) {
        String m = ms.masked();
        List<String> parties = e.parties();
        for (MaskedSentence.Slot s : ms.slots(from, to)) {
            int after = s.maskedPos() + 1;
            if (!s.entity().type().isPlace() || after >= to || m.charAt(after) == MaskedSentence.PLACE) {
                continue; // only the last place of a chain (乙国丙州) stands right before the count
            }
            if (COUNTED_BODIES.matcher(m.substring(after, to)).lookingAt() && parties.contains(SigningExtractor.partyName(s))) {
                return true;
            }
        }
        return false;
    }
}
