package dev.newsie.entities;

import java.util.List;

/**
 * Macau's and Hong Kong's releases, and the Taiwan press after them, write a guest's title after the name in lists of
 * those present (甲国乙省约翰·多马省长、丙区彼得·保罗主席出席): a title that closes its item — a list comma, a full
 * stop, a conjunction or the verb of attending after it — ends the interpunct name before it, even where the name
 * holds syllables the transliteration table does not list (so 霍尔 + 洛阳市 + 荣誉市民, with more after the title,
 * still reads on).
 */
final class TitlesClosingListItems {
    /** What may follow a title that closes a list item. */
    private static final String ITEM_ENDS = "、,，;；。)）";
    private static final List<String> FOLLOWING_WORDS = List.of("和", "及", "与", "以及", "出席", "分别", "等");

    private TitlesClosingListItems() {
    }

    /** Whether a title of two or more characters starts at {@code pos} and its item ends right after it. */
    static boolean closesItem(String text, int pos, List<String> titles) {
        for (String t : titles) {
            if (t.length() < 2 || !text.startsWith(t, pos)) {
                continue;
            }
            int after = pos + t.length();
            if (after >= text.length() || ITEM_ENDS.indexOf(text.charAt(after)) >= 0
                    || FOLLOWING_WORDS.stream().anyMatch(w -> text.startsWith(w, after))) {
                return true;
            }
        }
        return false;
    }
}
