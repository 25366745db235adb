package dev.newsie.events;

import java.util.Collection;

/**
 * “甲奖” beside “甲荣誉奖” and “甲纪念奖”, or 甲某某奖(简称“甲奖”): a prize's name that is the stem of
 * another prize the same report names, with more words between the stem and 奖, names the family of prizes (or is the
 * short form of the one): the prizes conferred are the longer names. The short name is no award of its own (GOLD.md §3
 * AWARD: the award conferred); its stem must be two characters at least, so that 金奖 beside 甲金质奖 says nothing.
 */
final class FamilyAwardName {
    private FamilyAwardName() {
    }

    /** Whether {@code award} (without its edition) is the family's name of one of {@code others}. */
    static boolean namesAFamily(String award, Collection<String> others) {
        if (!award.endsWith("奖")) {
            return false;
        }
        String stem = award.substring(0, award.length() - 1);
        if (stem.length() < 2 || !allHan(stem)) {
            return false;
        }
        for (String other : others) {
            int at = other.indexOf(stem);
            // the stem, then words of its own (荣誉, 纪念, 国际城市创新), then the head 奖
            if (at >= 0 && other.endsWith("奖") && other.length() - 1 > at + stem.length()
                    && allHan(other.substring(at + stem.length(), other.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allHan(String s) {
        return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
