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
        // every verb of holding (`HELD`: 举行, 开幕, 登场, 揭幕…), and 举行开幕式 through 举行
        this.heldAfterVenue = Pattern.compile("(?:隆重|盛大|正式|顺利|成功|圆满|如期|胜利)?(?:"
                + String.join("|", lexicon.words(EventLexicon.Role.HELD).stream().map(Pattern::quote).toList()) + ")");
    }

    /** Adverbs, then a verb of holding, right after a venue (在X中心隆重开幕, 在X酒店登场). */
    private final Pattern heldAfterVenue;
    /**
     * What a venue's name says without its place only together with it: 南宁国际会展中心 without 南宁 is any city's
     * 国际会展中心, 某市政府大礼堂 without 某市 is 政府大礼堂.
     */
    private static final Pattern GENERIC_FRONT = Pattern.compile("^(?:国际|国家|市政府|政府|人民|市民|市)");
    private static final String VENUE_STOP = ",，。;；:：“”「」《》、";
    /**
     * 酒店, 饭店, 宾馆 closing a venue: a hotel, whose name as the hotel writes it opens with its city (台中日月千禧酒店,
     * 福州香格里拉大酒店, 杭州西湖国宾馆), unlike a hall or a centre that stands in a place (广州|越秀国际会议中心).
     */
    static final String HOTEL_HEADS = "大酒店|酒店|大饭店|饭店|宾馆";
    private static final Pattern HOTEL = Pattern.compile("(?:" + HOTEL_HEADS + ")$");

    /** Whether a venue is a hotel, whose name keeps the city it opens with. */
    static boolean hotel(String venue) {
        return HOTEL.matcher(dev.newsie.canon.ScriptConverter.toSimplified(venue)).find();
    }

    /**
     * 在/假 + venue + (adverb) + 举行/开幕/登场…: the building or hall, as written, without the places that lead it
     * (在广州越秀国际会议中心 → 越秀国际会议中心), but never cut to a bare head or a generic name (青河国际会议中心,
     * 南宁国际会展中心 stay whole).
     */
    String venue(MaskedSentence ms) {
        String t = ms.sentence().text();
        for (String head : lexicon.words(EventLexicon.Role.VENUE_HEAD)) {
            for (int i = t.indexOf(head); i >= 0; i = t.indexOf(head, i + 1)) {
                int end = i + head.length();
                if (!heldAfterVenue.matcher(t).region(end, t.length()).lookingAt()) {
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
                // a hotel's name holds its city (甲市香格里拉大酒店, 甲市日月千禧酒店): chains name each hotel by city and brand
                String venue = hotel(v) ? v : withoutLeadingPlaces(ms, at + 1, end);
                // 在我市某某酒店召开: a home reference locates the building as a place's name does, and is no part of it
                String unreferenced = HomeReferences.withoutOpeningReference(venue);
                venue = namesAVenue(unreferenced) ? unreferenced : venue;
                int of = venue.lastIndexOf('的');
                // 在位于甲市的乙会展中心: what locates the building is no part of its name
                return of >= 0 && namesAVenue(venue.substring(of + 1)) ? venue.substring(of + 1) : venue;
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
                    // 威尼斯人金光会展: a place that opens a demonym or a brand is part of the venue's name, not its place
                    if (namesAVenue(rest) && !Demonyms.opensOne(t, slot.mention().end() - base)) {
                        p = q;
                        moved = true;
                    }
                    break;
                }
            }
        }
        return t.substring(p, end);
    }

    /**
     * Whether what is left of a venue's name once its leading place is cut still names the building: not a bare
     * head (国际会议中心) nor a generic front and head (国际会展中心, 政府大礼堂), which name it only with the place.
     */
    boolean namesAVenue(String rest) {
        return rest.length() >= 2 && lexicon.words(EventLexicon.Role.VENUE_HEAD).stream().noneMatch(rest::equals)
                && !GENERIC_FRONT.matcher(rest).find();
    }
}
