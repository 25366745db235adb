package dev.newsie.events;

import java.util.regex.Pattern;

/**
 * Two places joined by 和/及 right after the 与/同 of a twinning (甲市亦与乙市和丙市结为姊妹城市, 与乙和丙、丁等城市建立
 * 友好城市关系): both are partners of the subject before 与 (or of the place the clause goes on about), not each
 * other's, so a pattern that reads the first of them as one side and the rest as the other states no relation.
 */
final class PartnersListedAfterWith {
    /** The join between the two places: 和 or 及, perhaps after the first place's level word. */
    private static final Pattern JOIN = Pattern.compile("[市省县州]?[和及]");

    private PartnersListedAfterWith() {
    }

    /**
     * Whether the side matched at {@code [firstStart, firstEnd)} of the masked sentence follows 与/同 and is joined to
     * the other side, which starts at {@code secondStart}, by 和/及.
     */
    static boolean joined(String masked, int firstStart, int firstEnd, int secondStart) {
        return firstStart > 0 && "与同".indexOf(masked.charAt(firstStart - 1)) >= 0 && firstEnd <= secondStart
                && JOIN.matcher(masked).region(firstEnd, secondStart).matches();
    }
}
