package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.regex.Pattern;

/**
 * A forum's venue (GOLD.md §3 `venue`): the building or hall a sentence says it was held in, as written.
 * Thread-safe: the lexicon is read-only.
 */
final class ForumVenue {
    private final EventLexicon lexicon;

    ForumVenue(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Adverbs that may stand between a venue and the verb of holding (在X中心隆重开幕). */
    private static final Pattern HELD_AFTER_VENUE = Pattern.compile("(?:隆重|盛大|正式|顺利|成功|圆满|如期|胜利)?(?:举行|举办|召开|开幕|闭幕|启幕|开启|落幕)");
    private static final String VENUE_STOP = ",，。;；:：“”「」《》、";

    /**
     * 在/假 + venue + (adverb) + 举行/开幕…: the building or hall, as written, without the places that lead it
     * (在广州越秀国际会议中心 → 越秀国际会议中心), but never cut to a bare head (青河国际会议中心 stays whole).
     */
    String venue(MaskedSentence ms) {
        String t = ms.sentence().text();
        for (String head : lexicon.words(EventLexicon.Role.VENUE_HEAD)) {
            for (int i = t.indexOf(head); i >= 0; i = t.indexOf(head, i + 1)) {
                int end = i + head.length();
                if (!HELD_AFTER_VENUE.matcher(t).region(end, t.length()).lookingAt()) {
                    continue;
                }
                int at = Math.max(Math.max(t.lastIndexOf('在', i), t.lastIndexOf('假', i)), t.lastIndexOf('于', i));
                if (at < 0 || i - at > 24 || at + 1 >= i) {
                    continue;
                }
                String v = t.substring(at + 1, end);
                if (v.chars().anyMatch(c -> VENUE_STOP.indexOf(c) >= 0)) {
                    continue;
                }
                return withoutLeadingPlaces(ms, at + 1, end);
            }
        }
        return null;
    }

    private String withoutLeadingPlaces(MaskedSentence ms, int from, int end) {
        String t = ms.sentence().text();
        int base = ms.sentence().start();
        int p = from;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (MaskedSentence.Slot slot : ms.slots()) {
                if (slot.mention().start() - base == p && slot.entity().type() != EntityType.ORGANIZATION
                        && slot.entity().type() != EntityType.PERSON) {
                    int q = slot.mention().end() - base;
                    while (q < end && "省市区县".indexOf(t.charAt(q)) >= 0) {
                        q++;
                    }
                    String rest = t.substring(q, end);
                    if (rest.length() >= 2 && lexicon.words(EventLexicon.Role.VENUE_HEAD).stream().noneMatch(rest::equals)) {
                        p = q;
                        moved = true;
                    }
                    break;
                }
            }
        }
        return t.substring(p, end);
    }
}
