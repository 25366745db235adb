package dev.newsie.events;

import dev.newsie.model.EventBuilder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 1982年5月6日,甲同乙建立友好城市关系; 1979年5月,甲市与乙市结好: a twinning concluded with no mark of formality
 * (正式建立, 正式结好 are signing words of the lexicon already) is still an act when its clause has a time of its own
 * (GOLD.md §7: a signing narrated with its own time). Without one it states the relation (…建立了友好城市关系), so
 * the verb is read only in a dated sentence.
 * <p>
 * 建立 counts only before a twinning noun — a friendship or sister word with an administrative level (友好城市,
 * 姊妹市, 友好省州, 友城) — that closes its clause: 建立友城关系协议书 names a document another verb signs,
 * 建立友城关系以来 and …30周年 count time from it, and 建立友好合作关系 is a lower standing, no twinning.
 * 结好 counts only closing its clause (结好40年, 结好以来 count time from it). In Taiwan's usage 缔 and 签 alone before
 * 姊妹/姐妹 (缔姊妹市盟约, 有签姊妹市) are the verbs 缔结 and 签署: a year of their own clause dates the act
 * ({@link SigningBackground#isTwinningOfItsYear}), and 盟约 after 缔 names the standing, not a document. (结为, a lexicon word, is read the same
 * way but only on a day of its own, however long past; {@link SigningFollowUps#toldAtATimeOfItsOwn} and {@link SigningFollowUps#toldOnADayOfItsOwn} sit side by side.)
 */
final class UnmarkedTwinningVerb {
    private static final String TWINNING_NOUN = "(?:国际)?(?:(?:友好|姊妹|姐妹)(?:城市|省州|城区|市|省|州|县|区)|友城)(?:关系)?";
    private static final String CLAUSE_END = "(?=[,，。;；!！]|$)";
    /**
     * 缔 and 签 standing alone for 缔结 and 签署 right before a sister noun (甲市在1990年与乙市缔姊妹市盟约, 甲在1985年就跟乙
     * 有签姊妹市): Taiwan's monosyllabic verbs of twinning, 有 before the verb its aspect; not a lexicon word, since 缔 and
     * 签 open many words (缔造, 签证, 签名); only a place's sister noun follows (not 姐妹校, 姐妹港), and 签 closing 续签,
     * 草签, 拟签, 未签 or 重签 is no act of twinning.
     */
    private static final String SINGLE_CHARACTER_VERB = "(?<![续草拟未重])((?:有)?[缔签])(?=(?:姊妹|姐妹)(?:城市|市|省|州|县|区))";
    private static final Pattern VERB = Pattern.compile(
            "(?<!正式)(建立)了?" + TWINNING_NOUN + CLAUSE_END + "|(?<!正式)(结好)" + CLAUSE_END + "|" + SINGLE_CHARACTER_VERB);

    private UnmarkedTwinningVerb() {
    }

    /** The first such verb at or after {@code from} in a sentence dated on its own, as a verb span; else null. */
    static int[] find(DocumentContext ctx, int si, String m, int from) {
        int[] verb = find(m, from); // the rare verb first: the sentence's dates are scanned only where it stands
        return verb != null && SigningFollowUps.toldAtATimeOfItsOwn(ctx, si) ? verb : null;
    }

    /** Whether a verb found here is one of the single-character verbs before a sister noun (缔, 签, 有签). */
    static boolean isSingleCharacterVerb(String word) {
        return SINGLE_CHARACTER_WORD.matcher(word).matches();
    }

    private static final Pattern SINGLE_CHARACTER_WORD = Pattern.compile("有?[缔签]");

    /**
     * Whether the verb is 缔 alone, which concludes a standing (缔姊妹市盟约: 盟约 as in 缔盟, no document's name); 签 signs
     * whatever document follows it (签姊妹市协议书 names one).
     */
    static boolean concludesAStanding(String word) {
        return word.endsWith("缔") && isSingleCharacterVerb(word);
    }

    /** 缔姊妹市盟约: the signings found at a verb that concludes a standing name no document, so they carry no title. */
    static void dropTitlesOfAStanding(String word, java.util.List<EventBuilder> found) {
        if (concludesAStanding(word)) {
            found.forEach(e -> e.title(null));
        }
    }

    static int[] find(String m, int from) {
        Matcher v = VERB.matcher(m);
        if (!v.find(from)) {
            return null;
        }
        int g = v.group(1) != null ? 1 : v.group(2) != null ? 2 : 3;
        return new int[]{v.start(g), v.end(g)};
    }
}
