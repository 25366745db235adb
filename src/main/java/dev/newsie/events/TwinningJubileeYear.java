package dev.newsie.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of an undated page that marks a twinning's jubilee and states the year the twinning began
 * (庆祝两市结好30周年 … 自1990年结为友好城市以来): the page is written in the start year plus the years counted.
 * Reads text only: the page must state one start year and count one number of years, else it dates nothing.
 */
final class TwinningJubileeYear {
    /** Words of a twinning: its verbs and the standings it founds. */
    private static final String TWINNING = "(?:结好|缔盟|结盟|结谊|(?:结为|缔结|建立|结成)[^,，。;；!！?？\\n]{0,10}?(?:友好|姊妹|姐妹|友城|友谊))";

    /** 结好30周年, 缔结友好城市关系12周年: the years a twinning has lasted, counted as a jubilee. */
    private static final Pattern COUNTED = Pattern.compile(TWINNING + "[^,，。;；!！?？\\n\\d]{0,8}?(\\d{1,3})(?:周年|週年)");

    /** A twinning's words that are no jubilee's: no count of years follows them (2031年,两地庆祝结好25周年 starts nothing). */
    private static final String BEGUN = TWINNING + "(?![^,，。;；!！?？\\n\\d]{0,8}?\\d{1,3}(?:周年|週年|年|多年))";

    /**
     * The year a twinning began: the year right before its verb in one clause (2012年,甲与乙正式缔结友好城市关系 lets a
     * comma follow a year that opens the sentence), or opening a span up to now with a standing in it
     * (自2001年3月建立友好城市以来, 自2008年至今姊妹友好城市).
     */
    private static final Pattern STARTED = Pattern.compile(
            "(?<![\\d年])((?:19|20)\\d{2})年(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:[,，]|(?=[^,，。;；!！?？\\n]{0,24}?" + BEGUN + "))"
                    + "[^。;；!！?？\\n]*?" + BEGUN
                    + "|自((?:19|20)\\d{2})年(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:至今|以来)[^,，。;；!！?？\\n]{0,6}?(?:友好城市|友城|姊妹|姐妹)");

    private TwinningJubileeYear() {
    }

    /** The start year plus the years counted; null unless the text states exactly one of each. */
    static String year(String text) {
        Integer years = null;
        Matcher c = COUNTED.matcher(text);
        while (c.find()) {
            if (JubileeInAnotherYear.before(text, c.start())) {
                continue;
            }
            int n = Integer.parseInt(c.group(1));
            if (years != null && years != n) {
                return null;
            }
            years = n;
        }
        if (years == null) {
            return null;
        }
        Integer start = null;
        Matcher s = STARTED.matcher(text);
        while (s.find()) {
            int y = Integer.parseInt(s.group(1) != null ? s.group(1) : s.group(2));
            if (start != null && start != y) {
                return null;
            }
            start = y;
        }
        return start == null ? null : String.valueOf(start + years);
    }
}
