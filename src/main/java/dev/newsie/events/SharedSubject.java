package dev.newsie.events;

import java.util.regex.Pattern;

/**
 * 甲荣膺“X”称号,并获Y奖 / 甲继2013年获X奖、2014年获Y奖: two predicates of receiving with one subject. The second verb has
 * no name of its own before it; what stands between the two verbs is the first award (no person or body, no clause
 * end; a place may open its name, 中国人居环境奖) and a
 * link — a comma or 、, a linking adverb (并, 还, 又), the second receiving's year — so the first verb's subject received
 * the second award too.
 */
final class SharedSubject {
    private SharedSubject() {
    }

    /** The words after the first verb, up to the second: its award, then the link, ending right before the verb. */
    private static final Pattern LINK = Pattern.compile(
            "[^ⓄⓇ。;；!！?？]{1,30}?[,，、](?:并且|并|又|还|也|同时|再|另|更)?(?:于|在)?(?:\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?)?"
            + "(?:再次|同时|一并|先后|首次)?");

    /** Whether {@code between} (the text between two verbs of receiving) chains the second verb to the first one's subject. */
    static boolean chained(String between) {
        return LINK.matcher(between).matches();
    }
}
