package dev.newsie.events;

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
 * 结好 counts only closing its clause (结好40年, 结好以来 count time from it). (结为, a lexicon word, is read the same
 * way but only on a day of its own, however long past; {@link SigningFollowUps#toldAtATimeOfItsOwn} and {@link SigningFollowUps#toldOnADayOfItsOwn} sit side by side.)
 */
final class UnmarkedTwinningVerb {
    private static final String TWINNING_NOUN = "(?:国际)?(?:(?:友好|姊妹|姐妹)(?:城市|省州|城区|市|省|州|县|区)|友城)(?:关系)?";
    private static final String CLAUSE_END = "(?=[,，。;；!！]|$)";
    private static final Pattern VERB = Pattern.compile(
            "(?<!正式)(建立)了?" + TWINNING_NOUN + CLAUSE_END + "|(?<!正式)(结好)" + CLAUSE_END);

    private UnmarkedTwinningVerb() {
    }

    /** The first such verb at or after {@code from} in a sentence dated on its own, as a verb span; else null. */
    static int[] find(DocumentContext ctx, int si, String m, int from) {
        int[] verb = find(m, from); // the rare verb first: the sentence's dates are scanned only where it stands
        return verb != null && SigningFollowUps.toldAtATimeOfItsOwn(ctx, si) ? verb : null;
    }

    static int[] find(String m, int from) {
        Matcher v = VERB.matcher(m);
        if (!v.find(from)) {
            return null;
        }
        int g = v.group(1) != null ? 1 : 2;
        return new int[]{v.start(g), v.end(g)};
    }
}
