package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 甲市长乙…颁发“X”给丙 / 乙向丙颁发“X”, where the report calls 乙 甲市长 (or 市长 on a page about one city): the head
 * of a city or province hands the honour over for it, so the place gives it (GOLD.md §7, a place said to confer). Only a last resort: a body named
 * as giver, or holding the ceremony, comes first.
 */
final class HeadOfPlaceConfers {
    private HeadOfPlaceConfers() {
    }

    private static final String HEAD_TITLE = "(?:市|省|县)?(?:市长|省长|县长|州长|知事|长)";

    /** 甲市长乙 / 甲省长乙: a place, the title of its head, the person. */
    private static final Pattern HEAD = Pattern.compile("(Ⓟ+)" + HEAD_TITLE + "(Ⓡ)");

    /** 市委书记、市长乙 / 省长乙: the head of the page's own city or province, its place left unsaid. */
    private static final Pattern HOME_HEAD = Pattern.compile("(?:^|[、,，:：;；\\s(（]|由)(?:代|副)?(市|省)长(Ⓡ)");

    /**
     * 乙…颁发“ / 甲市长乙为丙颁发“ / 市长乙会见丙,并向他颁发“: a person (after the title) opening a clause, then a verb of
     * handing an honour over, the award next. Not a passive verb (省长乙被授予“X”, 乙获颁“X”): then the head received it.
     */
    private static final Pattern CONFERS = Pattern.compile("(?:^|[,，;；:：\\s、]|由)(?:Ⓟ+" + HEAD_TITLE + "|(?:代|副)?(?:市|省)长)?(Ⓡ)[^。;；Ⓞ]{0,40}?"
            + "(?<![被获受])(?:颁发|颁授|授予|" + AwardGivers.HANDED + ")了?[^。;；ⓄⓅⓇ,，]{0,4}?[“\"「『]?$");

    /** The heads of places the report names, person to place. */
    static Map<String, String> heads(DocumentContext ctx) {
        Map<String, String> out = new HashMap<>();
        for (MaskedSentence ms : ctx.masked) {
            Matcher h = HEAD.matcher(ms.masked());
            while (h.find()) {
                MaskedSentence.Slot place = ms.lastPlace(h.start(1), h.end(1));
                java.util.List<MaskedSentence.Slot> person = ms.slots(h.start(2), h.end(2));
                if (place != null && !person.isEmpty() && (place.entity().type() == EntityType.CITY
                        || place.entity().type() == EntityType.PROVINCE)) {
                    out.putIfAbsent(person.get(0).entity().name(), place.entity().name());
                }
            }
            Matcher own = HOME_HEAD.matcher(ms.masked());
            while (own.find()) {
                java.util.List<MaskedSentence.Slot> person = ms.slots(own.start(2), own.end(2));
                String place = ctx.homePlace(own.group(1).charAt(0));
                if (place != null && !person.isEmpty()) {
                    out.putIfAbsent(person.get(0).entity().name(), place); // 市长乙: the city the page is about
                }
            }
        }
        return out;
    }

    /** The place whose head confers the award named at masked position {@code award}; null if none. */
    static String giver(MaskedSentence ms, int award, Map<String, String> heads) {
        Matcher c = CONFERS.matcher(ms.masked().substring(0, Math.min(award, ms.masked().length())));
        if (!c.find()) {
            return null;
        }
        java.util.List<MaskedSentence.Slot> person = ms.slots(c.start(1), c.end(1));
        return person.isEmpty() ? null : heads.get(person.get(0).entity().name());
    }
}
