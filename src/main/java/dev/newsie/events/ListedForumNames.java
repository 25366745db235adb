package dev.newsie.events;

/**
 * A forum's name standing in an enumeration: beside an enumeration comma (甲论坛、乙峰会) or closed by 等
 * (举办了甲论坛等国际会议). A page lists forums so to sum up a city's year, the meetings a visitor goes to, or
 * the activities planned for a week; each is an example of a kind, not the gathering the page reports held
 * (GOLD.md §3), and no forum of the genre's labelled pages is named inside such a list. The name may still be
 * another name of a forum reported elsewhere; only a forum of its own is not started by it.
 */
final class ListedForumNames {
    private ListedForumNames() {
    }

    /** Closing quotation marks and brackets that may stand between a listed name and the comma after it. */
    private static final String CLOSERS = "”\"」』》";
    /** Opening quotation marks and brackets that may stand between the comma before a listed name and the name. */
    private static final String OPENERS = "“\"「『《";

    /** Whether the name spanning {@code span} in {@code s} is one member of an enumeration. */
    static boolean listed(String s, int[] span) {
        int after = span[1];
        while (after < s.length() && CLOSERS.indexOf(s.charAt(after)) >= 0) {
            after++;
        }
        if (after < s.length() && (s.charAt(after) == '、' || s.charAt(after) == '等')) {
            return true;
        }
        int before = span[0];
        while (before > 0 && OPENERS.indexOf(s.charAt(before - 1)) >= 0) {
            before--;
        }
        return before > 0 && s.charAt(before - 1) == '、';
    }
}
