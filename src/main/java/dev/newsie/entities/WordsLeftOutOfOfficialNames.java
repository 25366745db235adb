package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.canon.PlaceLevelWords;

import java.util.List;

/**
 * A local body's official name carries words that everyday writing leaves out: its place's level word (甲市政府 is
 * written 甲政府, 甲市人民委员会 甲人民委员会) and the 人民 of a state organ (甲市人民政府 is written 甲市政府;
 * {@code models/people-titled-organs.tsv}). A page that names the body both ways names one body. Exactly one word
 * is left out, after an opening of at least two characters (the place), and the rest stays whole; 人民 only before a
 * listed organ, since 甲国人民银行 and 甲国银行 are two banks, and only after a place's level word, since 全国人民代表大会
 * and a party's 全国代表大会 are two bodies. A level word left out may follow a character that is itself a level word
 * when that character ends the place's name (丙州市政府 is written 丙州政府), not when it is the place's own level
 * (甲乙市区政府, the city's urban district, is not 甲乙市政府).
 */
final class WordsLeftOutOfOfficialNames {
    /** The word of a state organ's official name that everyday writing drops. */
    private static final String PEOPLE = "人民";
    private static final List<String> ORGANS = ModelFile.read("people-titled-organs.tsv", 1).stream().map(r -> r.get(0)).toList();
    /** Fewest characters before the word left out: a place's name. */
    private static final int MIN_OPENING = 2;
    /** Fewest characters after a level word left out: the body's own kind (政府). */
    private static final int MIN_KIND = 2;

    private WordsLeftOutOfOfficialNames() {
    }

    /** Whether {@code shortName} is {@code full} less its place's level word or less the 人民 of a state organ. */
    static boolean leftOut(String shortName, String full) {
        if (shortName.length() != full.length() - 1 && shortName.length() != full.length() - PEOPLE.length()) {
            return false;
        }
        for (int i = MIN_OPENING; i + 1 + MIN_KIND <= full.length(); i++) {
            if (PlaceLevelWords.isCommon(full.charAt(i)) && !secondLevelWord(full, i)
                    && shortName.equals(full.substring(0, i) + full.substring(i + 1))) {
                return true; // 甲政府 beside 甲市政府
            }
        }
        for (int i = full.indexOf(PEOPLE, MIN_OPENING); i >= 0; i = full.indexOf(PEOPLE, i + 1)) {
            String after = full.substring(i + PEOPLE.length());
            if (ORGANS.contains(after) && PlaceLevelWords.isCommon(full.charAt(i - 1)) && shortName.equals(full.substring(0, i) + after)) {
                return true; // 甲市政府 beside 甲市人民政府
            }
        }
        return false;
    }

    /**
     * Whether the level word at {@code i} follows the place's own level word (甲乙市区): a character that is a level
     * word reads as one only with a whole place's name before it; with fewer characters it ends the name (丙州).
     */
    private static boolean secondLevelWord(String full, int i) {
        return PlaceLevelWords.isCommon(full.charAt(i - 1)) && i - 1 >= MIN_OPENING;
    }
}
