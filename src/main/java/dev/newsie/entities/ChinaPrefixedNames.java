package dev.newsie.entities;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that China's events, fairs and bodies take with 中国 at their head, written without quotation marks or a
 * year: GOLD.md §7, that 中国 is no mention of the country.
 * <ul>
 *   <li>中国 + host city + 国际… (中国甲市国际经济贸易洽谈会), 中国 + (host city) + … (中国(甲市)国际技术转移中心,
 *       中国(甲市)自由贸易试验区): a bracketed host always opens a name; a bare one needs 国际 right after it, and a
 *       generic word (中国城市国际化) is no host;</li>
 *   <li>中国 + 国际 or a dash and a partner, up to a gathering's head noun (中国国际青年交流大会, 中国—甲盟市长论坛),
 *       read as {@link UnquotedEventNames} reads a name: a function word or a verb of a clause before the head
 *       (中国—甲盟之间的合作) makes it a sentence, not a name.</li>
 * </ul>
 */
final class ChinaPrefixedNames {
    private static final Pattern HOST = Pattern.compile("中国(?:[(（](?!含|大陆|内地)\\p{IsHan}{2,5}[)）]|(?!城市|各地|地方)\\p{IsHan}{2,3}国际)");
    private static final String DASHES = "—–-－";
    private static final UnquotedEventNames EVENT_NAMES = UnquotedEventNames.table();

    private ChinaPrefixedNames() {
    }

    /** Marks in {@code inName} the 中国 that opens each such name. */
    static void mark(String text, boolean[] inName) {
        Matcher m = HOST.matcher(text);
        while (m.find()) {
            inName[m.start()] = true;
            inName[m.start() + 1] = true;
        }
        for (int at = text.indexOf("中国"); at >= 0; at = text.indexOf("中国", at + 2)) {
            int after = at + 2;
            boolean opensEventName = (text.startsWith("国际", after) && EVENT_NAMES.closesOnHead(text, after))
                    || (after < text.length() && DASHES.indexOf(text.charAt(after)) >= 0 && EVENT_NAMES.closesOnHead(text, after + 1));
            if (opensEventName) {
                inName[at] = true;
                inName[at + 1] = true;
            }
        }
    }
}
