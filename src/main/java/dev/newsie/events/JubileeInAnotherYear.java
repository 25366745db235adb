package dev.newsie.events;

import dev.newsie.text.SentenceStart;

import java.util.regex.Pattern;

/**
 * Whether the words of a sentence before a jubilee put it in another year than the page's: one to come (明年, 将,
 * 拟, 计划) or past (去年, 前年), or a year of its own (某年,两地共同庆祝…周年). A jubilee so told dates nothing: a page
 * counting the years of a relation ({@link DiplomaticJubilee}, {@link TwinningJubileeYear}) skips it. Reads text only.
 */
final class JubileeInAnotherYear {
    private static final Pattern OTHER_YEAR = Pattern.compile("明年|后年|去年|前年|将|拟|计划|\\d{4}年");

    private JubileeInAnotherYear() {
    }

    /** Whether the sentence before {@code at} in {@code text} sets what follows in another year. */
    static boolean before(String text, int at) {
        return OTHER_YEAR.matcher(text.substring(SentenceStart.before(text, at), at)).find();
    }
}
