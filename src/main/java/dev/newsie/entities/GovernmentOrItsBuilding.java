package dev.newsie.entities;

import java.util.List;

/**
 * 甲市府提供, 甲市府今天举行, 甲市府热忱欢迎: after a place written with its level, Taiwan's clip 府 names the place's
 * government whatever word goes on the clause — a verb, an adverb, a time word. Only two readings make it a building:
 * a word that heads a street's or building's name or places something by it (甲市府路, 甲市府大楼, 甲市府前), and a
 * locative before the place with no pause after 府 (在甲市府举行): the act happens at the building (GOLD.md §2, venues
 * are no entities). A government written bare (在市府举办酒会, 来到市政府庆祝) is read the same way, its level
 * character standing where the place would.
 */
final class GovernmentOrItsBuilding {
    /**
     * Heads of the names of streets, stations and buildings (路, 大道, 站, 大楼), and the localisers (方位词) that
     * place something by a building (前, 旁, 内, 附近): a closed class of words.
     */
    static final List<String> BUILDING_WORDS = List.of("路", "街", "大道", "站", "大楼", "大厦", "楼", "广场", "所在",
            "前", "后", "旁", "内", "里", "对面", "附近", "周边");
    /** Locatives that make what follows the place of an act. */
    static final String LOCATIVES = "在于到";
    /** What pauses a clause after the body, which then stands as a noun of its own (在甲市府,市长…). */
    private static final String PAUSES = ",，。;；:：、!！?？)）」”\n";
    /** 在甲市府的支持下: a possessive after the body makes it a noun the locative frame governs, the government. */
    private static final char POSSESSIVE = '的';

    private GovernmentOrItsBuilding() {
    }

    /**
     * Whether the clipped government ending at {@code end}, after a place starting at {@code placeStart}, is the
     * government rather than its building or a street.
     */
    static boolean namesTheGovernment(String text, int placeStart, int end) {
        if (end >= text.length() || PAUSES.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == POSSESSIVE) {
            return true;
        }
        if (BUILDING_WORDS.stream().anyMatch(w -> text.startsWith(w, end))) {
            return false;
        }
        return placeStart == 0 || LOCATIVES.indexOf(text.charAt(placeStart - 1)) < 0;
    }
}
