package dev.newsie.events;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 我省 on a page that names its province only so (or by a one-character abbreviation no list reads) and names cities of
 * it: the one province all the Chinese cities the page names lie in ({@code models/gazetteer/china-divisions.tsv}).
 *
 * <p>Why: a provincial foreign-affairs office's release says 我省 and 我办 throughout and names its capital or a
 * development zone the guests toured; the province is the home side of 我省的友好城市 and of 两省县, never the city it
 * names. A page naming cities of two provinces, or a city the table does not hold, gives no province.
 */
final class ProvinceOfHomeCities {
    private ProvinceOfHomeCities() {
    }

    static String of(List<Entity> entities) {
        Set<String> provinces = new HashSet<>();
        for (Entity e : entities) {
            if (e.country() != null && !e.country().equals("中国")) {
                continue;
            }
            String city = e.type() == EntityType.CITY ? e.name()
                    : e.type() == EntityType.ORGANIZATION ? zonesCity(e.name()) : null;
            if (city == null) {
                continue;
            }
            Set<String> of = CountyLevelPlaces.provincesOf(city);
            if (of.size() != 1) {
                return null; // a city the table does not hold, or a name found in two provinces
            }
            provinces.addAll(of);
        }
        return provinces.size() == 1 ? provinces.iterator().next() : null;
    }

    /**
     * The city a development zone is named after (甲经济技术开发区 → 甲): a zone is a body of its own, so its city is no
     * CITY mention of the page, yet the guests touring it were in that city.
     */
    private static String zonesCity(String name) {
        if (!name.endsWith(ZONE)) {
            return null;
        }
        for (int len = Math.min(3, name.length() - ZONE.length()); len >= 2; len--) {
            String head = name.substring(0, len);
            if (!CountyLevelPlaces.provincesOf(head).isEmpty()) {
                return head;
            }
        }
        return null;
    }

    private static final String ZONE = "开发区";
}
