package dev.newsie.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standing noun set in quotes (两市保持着良好的“姐妹城市”关系, 访问「姊妹市」乙市): the quotes mark the word as a
 * term, they name nothing, so the masked sentence reads the word as if unquoted and every statement of a twinning
 * reads through it. Only quotes that wrap exactly one standing noun are dropped; a quoted name with more words in
 * it (“结好35周年纪念协议书”) keeps its quotes.
 */
final class QuotedStanding {
    private static final Pattern QUOTED = Pattern.compile(
            "[“「『\"'‘](?:国际|國際)?(?:友好城市|友城|姐妹城市|姊妹城市|姐妹市|姊妹市|姐妹城|姊妹城|友好省州|姊妹州|姐妹州"
            + "|友好城区|友好城區|友谊市|友誼市|姊妹县|姐妹县|姊妹縣|姐妹縣)[”」』\"'’]");

    private QuotedStanding() {
    }

    /** Whether the character at {@code i} of {@code text} is a quote opening or closing a quoted standing noun. */
    static boolean isWrappingQuote(String text, int i) {
        char c = text.charAt(i);
        if ("“「『\"'‘”」』’".indexOf(c) < 0) {
            return false;
        }
        Matcher m = QUOTED.matcher(text);
        int from = Math.max(0, i - 10);
        while (m.find(from)) {
            if (m.start() > i) {
                return false;
            }
            if (m.start() == i || m.end() - 1 == i) {
                return true;
            }
            from = m.start() + 1;
        }
        return false;
    }
}
