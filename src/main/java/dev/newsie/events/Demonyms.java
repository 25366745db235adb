package dev.newsie.events;

/**
 * A place name followed by 人 makes a noun of people (威尼斯人, Venetians; 上海人) or a brand named for them (the
 * 威尼斯人 and 巴黎人 resorts of Macau, whose halls host forums): the place in it is no place of the sentence's
 * events. 人 opening a word of its own does not make one: 人民 (人民大会堂, 人民政府), 人大, 人才, 人文, 人员, 人士,
 * 人口, 人力, 人寿 (甲市人才大厦, 甲市人文馆).
 */
final class Demonyms {
    private Demonyms() {
    }

    private static final String WORDS_AFTER = "民大才文员士口力寿";

    /** Whether the text at {@code at}, right after a place name, turns that name into a demonym: 人, not 人民 or 人才. */
    static boolean opensOne(CharSequence text, int at) {
        return at < text.length() && text.charAt(at) == '人'
                && (at + 1 >= text.length() || WORDS_AFTER.indexOf(text.charAt(at + 1)) < 0);
    }
}
