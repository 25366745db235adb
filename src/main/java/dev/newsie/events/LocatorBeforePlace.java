package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.regex.Pattern;

/**
 * 美国的西雅图, 德国城市德累斯顿, 密苏里州的圣路易斯: a place named after the country or region it lies in, joined by
 * 的 or by the class noun 城市, is one administrative chain, as 美国西雅图 is; the joining word is dropped from the
 * mask so that every rule reading a chain of places (Ⓟ+) — a pair, a list of partners — reads this one too. Only a
 * country or a province-level region before, and only a city (or a country's province) after: the most specific
 * place stays the chain's last, the party.
 */
final class LocatorBeforePlace {
    private static final Pattern LINK = Pattern.compile("的|(?:的)?城市");

    private LocatorBeforePlace() {
    }

    /** Whether the text between a place's mention and the next mention only says the second lies in the first. */
    static boolean joins(EntityType before, String between, EntityType after) {
        boolean region = before == EntityType.COUNTRY || before == EntityType.PROVINCE;
        boolean below = after == EntityType.CITY || (before == EntityType.COUNTRY && after == EntityType.PROVINCE);
        return region && below && LINK.matcher(between).matches();
    }
}
