package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.regex.Pattern;

/**
 * 新西兰首都惠灵顿, 老挝的首都万象: a city named as its country's capital is the same administrative chain as
 * 新西兰惠灵顿; the word 首都 between the country and the city is dropped from the mask, so every rule that reads a
 * chain of places (Ⓟ+) reads this one too. Only after a country: a province's seat (广东省会广州) names two places
 * that rules pairing a list would read as two partners.
 */
final class CapitalApposition {
    private static final Pattern CAPITAL = Pattern.compile("(?:的)?首都");

    private CapitalApposition() {
    }

    /** Whether the text between a country's mention and the next mention, a city, only calls the city its capital. */
    static boolean joins(EntityType before, String between, EntityType after) {
        return before == EntityType.COUNTRY && after == EntityType.CITY && CAPITAL.matcher(between).matches();
    }
}
