package dev.newsie.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A township's, town's or district's office (乡公所, 镇公所, 区公所, 市公所; Japan's 役所 and 役场) is its place's
 * government, as 市政府 is a city's: it signs for its place (GOLD.md §7: a government that signs is its place), which
 * is the last unit of the chain the office's name opens with (某市某区公所 signs for 某区, not for 某市).
 */
final class TownshipOffices {
    /** The place before the office, with its level kept where it is part of the name (某某镇, 某某乡). */
    private static final Pattern OFFICE = Pattern.compile("^(\\p{IsHan}{2,}?)(区|市)?(?:公所|役所|役场)$");
    /** A city or county opening the chain: 某某市 or 某某县 before a unit of two characters or more. */
    private static final Pattern CHAIN_HEAD = Pattern.compile("^\\p{IsHan}{2,}?[市县](?=\\p{IsHan}{2,}$)");

    private TownshipOffices() {
    }

    /** The place an office stands for, or null when the name is no township office. */
    static String placeOf(String name) {
        Matcher m = OFFICE.matcher(name);
        if (!m.matches()) {
            return null;
        }
        String place = m.group(1);
        Matcher head = CHAIN_HEAD.matcher(place);
        return head.find() ? place.substring(head.end()) : place;
    }
}
