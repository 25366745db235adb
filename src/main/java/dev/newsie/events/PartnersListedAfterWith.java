package dev.newsie.events;

import java.util.regex.Pattern;

/**
 * Two places joined by 和/及 right after the 与/同 of a twinning (甲市亦与乙市和丙市结为姊妹城市, 与乙和丙、丁等城市建立
 * 友好城市关系): both are partners of the subject before 与 (or of the place the clause goes on about), not each
 * other's, so a pattern that reads the first of them as one side and the rest as the other states no relation.
 */
final class PartnersListedAfterWith {
    /** The join between the two places: 和, 及 or 以及. */
    private static final Pattern JOIN = Pattern.compile("和|及|以及");
    /** The administrative suffixes (市, 县, 区, 郡, 町, 特别自治道…) a place's slot may leave outside it. */
    private static final dev.newsie.entities.PlaceSuffixRules SUFFIXES = dev.newsie.entities.PlaceSuffixRules.load();

    private PartnersListedAfterWith() {
    }

    /**
     * Whether the side matched at {@code [firstStart, firstEnd)} of the masked sentence follows 与/同 and is joined to
     * the other side, which starts at {@code secondStart}, by 和/及/以及, perhaps after the first place's level word.
     */
    static boolean joined(String masked, int firstStart, int firstEnd, int secondStart) {
        if (firstStart <= 0 || "与同".indexOf(masked.charAt(firstStart - 1)) < 0 || firstEnd > secondStart) {
            return false;
        }
        dev.newsie.entities.PlaceSuffixRules.Suffix level = SUFFIXES.at(masked, firstEnd);
        int join = level != null && firstEnd + level.text().length() <= secondStart ? firstEnd + level.text().length() : firstEnd;
        return JOIN.matcher(masked).region(join, secondStart).matches()
                || join != firstEnd && JOIN.matcher(masked).region(firstEnd, secondStart).matches();
    }
}
