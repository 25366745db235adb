package dev.newsie.events;

import dev.newsie.canon.ModelFile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rank of Chinese places in {@code models/gazetteer/china-divisions.tsv} (GB/T 2260): which names are only
 * counties or districts, and in which provinces a name is a prefecture-level or province-level city.
 *
 * <p>Why: a page about a city's own event names its districts and counties too (甲市 with 乙区, 丙县 that sign their
 * own deals); they lie below the city, so they do not make the page's home city doubtful the way a second city does.
 * Without the table a county and a city are both just CITY; the province column is what ties a county to a city
 * (the table gives no prefecture), so a county counts as the city's only where both lie in one province.
 */
final class CountyLevelPlaces {
    private static final class Table {
        static final Map<String, Set<String>> COUNTY_PROVINCES = new HashMap<>();
        static final Map<String, Set<String>> CITY_PROVINCES = new HashMap<>();
        static final Set<String> ABOVE_COUNTY = new HashSet<>();

        static {
            for (ModelFile.Row r : ModelFile.read("gazetteer/china-divisions.tsv", 5)) {
                String name = r.get(0), province = r.get(2).isEmpty() ? r.get(0) : r.get(2), level = r.get(4);
                if (level.equals("county")) {
                    COUNTY_PROVINCES.computeIfAbsent(name, k -> new HashSet<>()).add(province);
                } else {
                    ABOVE_COUNTY.add(name);
                    CITY_PROVINCES.computeIfAbsent(name, k -> new HashSet<>()).add(province);
                }
            }
        }
    }

    private CountyLevelPlaces() {
    }

    /**
     * The provinces a Chinese place of this name lies in: those where it is a prefecture-level (or higher) city, as a
     * bare name means the city before a district of that name elsewhere (大同, not 大庆's 大同区); else those of the
     * counties so named; none when the table does not hold it.
     */
    static Set<String> provincesOf(String place) {
        Set<String> cities = Table.CITY_PROVINCES.get(place);
        return cities != null ? cities : Table.COUNTY_PROVINCES.getOrDefault(place, Set.of());
    }

    /**
     * Whether {@code place} is only ever a county or district, and one of that name lies in a province where
     * {@code city} is a prefecture-level (or province-level) city.
     */
    static boolean below(String place, String city) {
        if (Table.ABOVE_COUNTY.contains(place)) {
            return false;
        }
        Set<String> counties = Table.COUNTY_PROVINCES.get(place), cities = Table.CITY_PROVINCES.get(city);
        if (counties == null || cities == null) {
            return false;
        }
        for (String p : counties) {
            if (cities.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
