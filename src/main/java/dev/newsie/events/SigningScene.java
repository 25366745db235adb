package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a signing took place when the sentence sets the scene in a clause of its own before the signing clause
 * (10日,在甲市,乙与丙签署…; 在甲期间,…签署): a locative phrase that ends at a comma frames what follows it in the
 * sentence. Reads one masked sentence; writes nothing.
 */
final class SigningScene {
    private SigningScene() {
    }

    /**
     * A clause that is only 在 + a place (with a day or a time of day before it — 10日, 9月5日, 当地时间2031年9月5日上午,
     * 当天 — and 期间 after it), set off by commas: 在甲的见证下 or 在甲举行的…上 are not such clauses (a witness, a
     * forum), nor is a country (在日本).
     */
    private static final Pattern FRONTED = Pattern.compile(
            "(?:^|[,，;；])(?:当地时间)?(?:(?:\\d{4}年)?\\d{1,2}月)?(?:\\d{1,2}日)?(?:上午|下午|中午|晚上|晚间|当天|当日|同日|次日)?"
            + "[,，]?在(Ⓟ+)(?:市|县|省)?(?:期间|访问期间)?[,，]");

    /** The place of the last such clause before the verb, or null. */
    static String frontedPlace(MaskedSentence ms, int verbPos) {
        Matcher f = FRONTED.matcher(ms.masked().substring(0, verbPos));
        String place = null;
        while (f.find()) {
            MaskedSentence.Slot s = ms.lastPlace(f.start(1), f.end(1));
            place = s == null || s.entity().type() == EntityType.COUNTRY ? null : s.entity().name();
        }
        return place;
    }
}
