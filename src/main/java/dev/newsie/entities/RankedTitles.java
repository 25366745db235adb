package dev.newsie.entities;

import java.util.List;

/**
 * 执行会长甲,常务副会长乙、丙: a title is often opened by words of rank (常务, 执行, 名誉, 副…) that the title table does
 * not list with every title. After a name in a list, a run of such words and then a title opens the next titled
 * name, not a name of its own: 常务 is no person although 常 is a family name.
 */
final class RankedTitles {
    /**
     * Words of rank written before a title (常务副会长, 执行会长, 名誉主席, 首席代表, 代理市长, 第一副主任), longest first:
     * the honorary and acting grades {@link NamesBeforeTitles} knows, and the ranks of office besides them.
     */
    private static final List<String> RANKS = java.util.stream.Stream.concat(NamesBeforeTitles.TITLE_GRADES.stream(),
            java.util.stream.Stream.of("首席", "代理", "第一", "副")).toList();

    private RankedTitles() {
    }

    /** The title past the words of rank that open it (代理市长 → 市长, 常务副省长 → 省长); the whole title if it is only rank. */
    static String pastRanks(String title) {
        String own = title;
        for (boolean more = true; more; ) {
            more = false;
            for (String r : RANKS) {
                if (own.startsWith(r) && own.length() > r.length()) {
                    own = own.substring(r.length());
                    more = true;
                    break;
                }
            }
        }
        return own;
    }

    /** Whether one or more words of rank and then a title start at {@code p}. */
    static boolean opensTitle(NameShapes shapes, String text, int p) {
        int at = p;
        boolean ranked = false;
        for (boolean more = true; more; ) {
            more = false;
            for (String r : RANKS) {
                if (text.startsWith(r, at)) {
                    at += r.length();
                    ranked = more = true;
                    break;
                }
            }
        }
        return ranked && shapes.titleAt(text, at) != null;
    }
}
