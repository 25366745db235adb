package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.CoreWords;

import java.util.List;

/**
 * Korean and Japanese cities name some of their districts by a compass point or the centre alone (a city's 中区, 东区,
 * 西区, 南区, 北区). Such a district is a CITY of its own (GOLD.md §2: foreign districts), and since one character
 * and 区 make no name, it is named with its city as written: 某山 + 西区 is the district 某山西区, not the city 某山
 * with a word after it. Written after the city's level (某山市西区, 某山广域市西区), it is the next unit of the chain
 * and is named by its own two characters (西区), as a unit below a level always is. Chinese places are left alone
 * (青岛 + 市南区 names the district 市南).
 * <p>
 * A compass point between a foreign city's name and 市 names a city of its own beside it (某山南市, 某山北市: the
 * cities that share an older city's name and are told apart by their direction). It is named with the direction and
 * without 市 (GOLD.md §4: 某山南), never as the city and a place 南市 after it. 中 is left out (市中心 follows a city's
 * name), nor where 市 opens a common noun (悉尼西市区, 大阪南市场).
 */
final class CompassDistrictsOfForeignCities {
    /** The compass points and the centre that name a district alone. */
    private static final String COMPASS = "东西南北中";
    /** The compass points that name a city beside another (某山南市); the centre names none. */
    private static final String COMPASS_OF_CITIES = "东西南北";

    private CompassDistrictsOfForeignCities() {
    }

    /** The district of the foreign city {@code c} that follows it, or {@code c} when none does. */
    static Candidate extend(String text, Candidate c) {
        int at = c.end();
        if (compassCityFollows(text, c)) {
            return new Candidate(c.start(), at + 2, EntityType.CITY, text.substring(c.start(), at + 1), c.country(),
                    Candidate.Source.PATTERN);
        }
        if (!districtFollows(text, c) || text.charAt(at - 1) == '市') {
            return c; // 某山市南区: after the city's level the district is named alone (below)
        }
        return new Candidate(c.start(), at + 2, EntityType.CITY, text.substring(c.start(), at + 2), c.country(),
                Candidate.Source.PATTERN);
    }

    /**
     * 某山广域市南区, 某山市西区: written after its city's level, as a chain goes on from a level to the unit below
     * it, the district is named by its own two characters (南区), or null when no such district follows {@code c}.
     */
    static Candidate afterLevel(String text, Candidate c) {
        int at = c.end();
        if (!districtFollows(text, c) || text.charAt(at - 1) != '市') {
            return null;
        }
        return new Candidate(at, at + 2, EntityType.CITY, text.substring(at, at + 2), c.country(), Candidate.Source.PATTERN);
    }

    /**
     * Adds the place {@code c} to {@code out}, named with the district that follows it ({@link #extend}), and then the
     * district written after its level ({@link #afterLevel}); returns {@code c} as added. Both the first place of a
     * chain and every unit after it are read so.
     */
    static Candidate addWithDistrict(String text, Candidate c, List<Candidate> out) {
        Candidate place = extend(text, c);
        out.add(place);
        Candidate district = afterLevel(text, place);
        if (district != null) {
            out.add(district);
        }
        return place;
    }

    /** 某山南市: a compass point and 市 right after the bare foreign city {@code c}. */
    private static boolean compassCityFollows(String text, Candidate c) {
        int at = c.end();
        return foreignCity(c) && text.charAt(at - 1) != '市' && at + 1 < text.length()
                && COMPASS_OF_CITIES.indexOf(text.charAt(at)) >= 0 && text.charAt(at + 1) == '市'
                && !opensCommonNoun(text, at + 1);
    }

    /**
     * Whether the 市 at {@code at} opens a common noun of the segmenter's lexicon (市场, 市区, 市郊, 市民, 市中心, 市政府):
     * then the compass point before it is a word of its own (悉尼西市区, the west of Sydney's urban area), no city.
     */
    private static boolean opensCommonNoun(String text, int at) {
        for (int len = 2; len <= 3 && at + len <= text.length(); len++) {
            if (CoreWords.hasNature(text.substring(at, at + len), COMMON_NOUN_NATURES)) {
                return true;
            }
        }
        return false;
    }

    /** The natures of the segmenter's lexicon that make a word after 市 a common noun: nouns, places, locatives. */
    private static final String[] COMMON_NOUN_NATURES = {"n", "s", "f", "nz"};

    private static boolean foreignCity(Candidate c) {
        return c.type() == EntityType.CITY && c.country() != null && !"中国".equals(c.country());
    }

    private static boolean districtFollows(String text, Candidate c) {
        int at = c.end();
        return foreignCity(c) && at + 1 < text.length()
                && COMPASS.indexOf(text.charAt(at)) >= 0 && text.charAt(at + 1) == '区'
                && !(at + 2 < text.length() && text.charAt(at + 2) == '域'); // 某山东区域: 区域 (region) is a word, no district
    }
}
