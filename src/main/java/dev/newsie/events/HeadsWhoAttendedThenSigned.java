package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 甲市市长X,乙省省长Y出席活动,并共同签署…: two heads of place, each named with the place and the title, attend a
 * ceremony and the clause that goes on with no subject of its own (并共同) tells that the two signed, for their
 * places. Reads the masked sentence before the verb; writes nothing.
 */
final class HeadsWhoAttendedThenSigned {
    private HeadsWhoAttendedThenSigned() {
    }

    /** The two sides and the two who signed for them. */
    record Sides(List<String> parties, List<String> signers) {
    }

    /**
     * The title of the head of a place (市长, 副省长, 州长, 知事), after the place's own suffix when the mask leaves it:
     * a head of a body (董事长, 会长, 校长) signs for the body, not for a place.
     */
    private static final String PLACE_HEAD = "(?:[市省州县区镇乡町道郡])?(?:常务副|副)?(?:[市省州县区镇乡町道郡]长|知事)";

    /**
     * At the sentence's or a clause's start: a place chain, its head's title, a person; a list mark; the same again;
     * 出席/参加 and a few words of what they attended; then only 并共同 before the verb.
     */
    private static final Pattern ATTENDED_THEN_SIGNED = Pattern.compile(
            "(?:^|[,，;；:：])(Ⓟ+)" + PLACE_HEAD + "(Ⓡ)(?:[,，、和与及]|以及)(Ⓟ+)" + PLACE_HEAD + "(Ⓡ)"
                    + "(?:共同|一同)?(?:出席|参加)(?:了)?[^,，;；ⓅⓄⓇ]{0,8}[,，](?:并|随后)(?:共同|一同)$");

    /** The two places and their heads, or null when the sentence does not tell this. */
    static Sides read(MaskedSentence ms, int verbPos) {
        Matcher m = ATTENDED_THEN_SIGNED.matcher(ms.masked().substring(0, verbPos));
        if (!m.find()) {
            return null;
        }
        String a = side(ms, m.start(1), m.end(1)), b = side(ms, m.start(3), m.end(3));
        if (a == null || b == null || a.equals(b)) {
            return null;
        }
        String x = ms.slots(m.start(2), m.end(2)).get(0).entity().name(), y = ms.slots(m.start(4), m.end(4)).get(0).entity().name();
        return new Sides(List.of(a, b), List.of(x, y));
    }

    /**
     * The last place of the chain, or a country's name written with 省/州/市 after it (某国某省省长: a province that
     * bears its country's name, the name the reader gives it); null for a country alone or a body.
     */
    private static String side(MaskedSentence ms, int from, int to) {
        MaskedSentence.Slot last = ms.lastPlace(from, to);
        if (last == null) {
            return null;
        }
        if (last.entity().type() == EntityType.COUNTRY) {
            return to < ms.masked().length() && "省州市".indexOf(ms.masked().charAt(to)) >= 0 ? last.entity().name() : null;
        }
        return SigningExtractor.partyName(last);
    }
}
