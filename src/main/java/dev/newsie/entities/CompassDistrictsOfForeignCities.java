package dev.newsie.entities;

import dev.newsie.model.EntityType;

/**
 * Korean and Japanese cities name some of their districts by a compass point or the centre alone (a city's 中区, 东区,
 * 西区, 南区, 北区). Such a district is a CITY of its own (GOLD.md §2: foreign districts), and since one character
 * and 区 make no name, it is named with its city as written: 某山 + 西区 is the district 某山西区, not the city 某山
 * with a word after it. Chinese places are left alone (青岛 + 市南区 names the district 市南).
 */
final class CompassDistrictsOfForeignCities {
    /** The compass points and the centre that name a district alone. */
    private static final String COMPASS = "东西南北中";

    private CompassDistrictsOfForeignCities() {
    }

    /** The district of the foreign city {@code c} that follows it, or {@code c} when none does. */
    static Candidate extend(String text, Candidate c) {
        int at = c.end();
        if (c.type() != EntityType.CITY || c.country() == null || "中国".equals(c.country()) || at + 1 >= text.length()
                || COMPASS.indexOf(text.charAt(at)) < 0 || text.charAt(at + 1) != '区'
                || (at + 2 < text.length() && text.charAt(at + 2) == '域')) {
            return c; // 某山东区域: 区域 (region) is a word, no district
        }
        return new Candidate(c.start(), at + 2, EntityType.CITY, text.substring(c.start(), at + 2), c.country(),
                Candidate.Source.PATTERN);
    }
}
