package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 颁奖仪式在甲市乙会堂举行: a ceremony held in a hall, centre or hotel whose name opens with its city. The venue stands
 * between the city and the verb of holding, so the plain 在甲市举行 patterns miss it; the award's place (GOLD.md §3
 * AWARD `location`) is that city. A province or a country opening the venue gives no place: an award's place is a city.
 * Thread-safe: the lexicon is read-only.
 */
final class CeremonyVenuePlace {
    private final Pattern heldAtVenue;

    CeremonyVenuePlace(EventLexicon lexicon) {
        List<String> heads = lexicon.words(EventLexicon.Role.VENUE_HEAD).stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList();
        // the ceremony, up to a few words (its day, or 于 and its day: 颁奖大会于29日下午在), 在 + one place + the rest of the venue's name up to its head
        this.heldAtVenue = Pattern.compile("(?:" + ReaderWords.CEREMONY_VERBS.alternation("held-alone") + "|仪式|典礼)[^,，。;；ⓅⓄⓇ]{0,6}?" + AwardCeremony.ON_A_DAY + "在(Ⓟ)"
                + "[^,，。;；:：ⓅⓄⓇ“”「」《》、]{0,10}?(?:" + String.join("|", heads) + ")"
                + AdverbsOfHolding.BEFORE_HOLDING + "(?:举行|举办)");
    }

    /** The city whose venue held the ceremony a sentence reports, or null. */
    String place(MaskedSentence ms) {
        Matcher m = heldAtVenue.matcher(ms.masked());
        if (!m.find()) {
            return null;
        }
        List<MaskedSentence.Slot> at = ms.slots(m.start(1), m.end(1));
        return at.size() == 1 && at.get(0).entity().type() == EntityType.CITY ? at.get(0).entity().name() : null;
    }
}
