package dev.newsie.events;

import java.util.regex.Pattern;

/**
 * A twinning verb used as a counted noun: 成为甲与乙之间第二组城乡缔盟 (the second pair twinned between two regions),
 * 甲与乙的缔盟案例已增至十多例 (the cases of twinning between them). Round-ups of the Taiwan–Japan town twinnings
 * count pairs so; the places named are the regions the pairs lie in, not partners, and no act is told.
 */
final class CountedTwinnings {
    private CountedTwinnings() {
    }

    private static final String NUMERAL = "[\\d一二三四五六七八九十两百几首]";

    /** 第二组城乡, 首对, 第10对地方城市 right before the verb: an ordinal counting pairs. */
    private static final Pattern ORDINAL_BEFORE = Pattern.compile(
            "(?:第" + NUMERAL + "{1,3}|首)(?:组|对|例|件|宗|起)[\\p{IsHan}]{0,4}$");

    /** 案例, 数量, 件数 right after the verb, or its ordinal there (两地缔盟的第5对): the twinnings counted, not one done. */
    private static final Pattern COUNT_AFTER = Pattern.compile("^(?:的)?(?:案例|案件|数量|件数|总数|数目|个案)|^的?第" + NUMERAL + "{1,3}(?:组|对|例|件|宗|起)");

    /** Whether the verb at {@code verb} names a count of twinnings rather than a twinning. */
    static boolean counted(String m, int[] verb) {
        String before = m.substring(SigningExtractor.clauseStart(m, verb[0]), verb[0]);
        return ORDINAL_BEFORE.matcher(before).find() || COUNT_AFTER.matcher(m.substring(verb[1])).find();
    }
}
