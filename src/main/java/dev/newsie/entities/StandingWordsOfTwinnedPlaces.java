package dev.newsie.entities;

import java.util.regex.Pattern;

/**
 * The standing of two twinned places written as 友好 and their two units (签订友好区省关系协定, 友好区州关系备忘录,
 * 友好市区关系): the first unit closes no place name 友好区 (a listed district of that name), it is the first half of
 * the pair of units the relation joins.
 *
 * <p>Why: an autonomous region (区) twins with a province or state abroad and the genre names the standing by both
 * units; read as a place, 友好区 becomes a party and the document's kind and title are lost with it.
 */
final class StandingWordsOfTwinnedPlaces {
    private StandingWordsOfTwinnedPlaces() {
    }

    /** 友好 or 友谊, one or two units, then what the standing heads (relations, an agreement, exchange). */
    private static final Pattern STANDING = Pattern.compile(
            "(?:友好|友谊)[区市县省州](?:[区市县省州郡道])?(?:关系|协议|协定|备忘录|交流|合作)");

    /** Whether the place found at {@code start} is the opening of such a standing, not a place. */
    static boolean opensStanding(String text, int start) {
        return STANDING.matcher(text).region(start, text.length()).lookingAt();
    }
}
