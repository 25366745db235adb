package dev.newsie.events;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A standing noun set in quotes (两市保持着良好的“姐妹城市”关系, 访问「姊妹市」乙市): the quotes mark the word as a
 * term, they name nothing, so the masked sentence reads the word as if unquoted and every statement of a twinning
 * reads through it (the nouns: {@code models/events/partner-nouns.tsv}). Only quotes that wrap exactly
 * one standing noun are dropped; a quoted name with more words in it (“结好35周年纪念协议书”) keeps its quotes.
 */
final class QuotedStanding {
    /** A quote, (国际), one noun of {@code models/events/partner-nouns.tsv}, a quote. */
    private static final Pattern QUOTED = Pattern.compile("[“「『\"'‘](?:国际|國際)?(?:"
            + PartnerNouns.WORDS.stream()
                    .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).collect(Collectors.joining("|"))
            + ")[”」』\"'’]");

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
