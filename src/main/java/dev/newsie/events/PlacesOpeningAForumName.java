package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * 甲省与乙国地方合作论坛, 甲市和乙市友好交流大会: a bilateral gathering is named by its two sides joined by 与 or 和,
 * which the name reader takes for a break. Where the name found opens with a place and the word before it is 与/和
 * right after a province or city, that place opens the name. Not after 在, 于, 赴, 到 or 来: there the first place
 * is where something happened or who went (在甲与乙…论坛代表会谈).
 */
final class PlacesOpeningAForumName {
    private static final String JOINERS = "与和";
    private static final String PLACE_GIVERS = "在于赴到来";

    private PlacesOpeningAForumName() {
    }

    /** The spans of forum names (sentence offsets), each widened to the first side of a pair that opens it. */
    static List<int[]> widened(MaskedSentence ms, List<int[]> spans) {
        String t = ms.sentence().text();
        int base = ms.sentence().start();
        List<int[]> out = new ArrayList<>(spans.size());
        for (int[] sp : spans) {
            out.add(sp);
            int at = sp[0];
            if (at < 2 || JOINERS.indexOf(t.charAt(at - 1)) < 0) {
                continue;
            }
            MaskedSentence.Slot second = null, first = null;
            for (MaskedSentence.Slot slot : ms.slots()) {
                EntityType type = slot.entity().type();
                if (slot.mention().start() == base + at && (type.isPlace() || type == EntityType.COUNTRY)) {
                    second = slot;
                }
                if (slot.mention().end() == base + at - 1 && type.isPlace()) {
                    first = slot;
                }
            }
            if (first == null || second == null) {
                continue;
            }
            int from = first.mention().start() - base;
            if (from < 0 || (from > 0 && PLACE_GIVERS.indexOf(t.charAt(from - 1)) >= 0)) {
                continue;
            }
            // 庆祝…周年暨甲与乙…交流会: a celebration joined by 暨 opens the widened name as it opens any other
            out.set(out.size() - 1, new int[]{ForumNames.celebrationJoinedFrom(t, from), sp[1]});
        }
        return out;
    }
}
