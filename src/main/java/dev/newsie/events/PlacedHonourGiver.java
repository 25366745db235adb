package dev.newsie.events;

import dev.newsie.model.Entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 甲市荣誉市民, 甲县荣誉县民, 甲道荣誉道民: a citizenship of honour belongs to the place it is named for, and only that
 * place confers it — so when the report names no conferring body, the place gives it (GOLD.md §7: a place said to
 * confer is the giver). The place must be one the report names on its own.
 */
final class PlacedHonourGiver {
    private PlacedHonourGiver() {
    }

    /** The place, its level suffix, then the citizenship of honour (and the certificate that stands for it). */
    private static final Pattern PLACED_HONOUR = Pattern.compile(
            "^(?:\\d{4}年度?)?([\\p{IsHan}]{2,12}?)[市县省道都府州]?(?:荣誉|名誉)(?:市民|公民|县民|道民|都民|府民|居民)(?:证书|证)?$");

    /** The place whose honour {@code award} is, as the report names it; null for any other award. */
    static String giver(String award, List<Entity> entities) {
        Matcher m = PLACED_HONOUR.matcher(award);
        if (award == null || !m.matches()) {
            return null;
        }
        String place = m.group(1);
        return entities.stream().filter(e -> e.type().isPlace() && e.name().equals(place)).map(Entity::name)
                .findFirst().orElse(null);
    }
}
