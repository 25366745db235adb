package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;

/**
 * 华明电子(泉州)有限公司, 阿特拉斯(中国)机械有限公司: a company registered in a place writes the place in brackets
 * between its trade name and its form, and the head-noun reading of the name stops at the bracket. An organisation
 * that starts at or inside such a bracket starts at the trade name before it.
 */
final class BracketedPlaceNames {
    private BracketedPlaceNames() {
    }

    /**
     * The longest trade name read before the bracket, in characters: trade names of this form are short (两到四字:
     * 西门子, 青禾电子), and a longer run back would take in the words before the name (企业包括…).
     */
    private static final int MAX_TRADE_NAME = 4;
    /** The longest bracketed place read, in characters. */
    private static final int MAX_PLACE = 5;
    /** Characters a trade name does not run back over: function words and verbs that open the phrase before it. */
    private static final String BEFORE_NAME = "由与和及在向对为是的从把被将跟同、,，。;；:：“”\"《》 \n";

    static Candidate withNameBefore(String text, List<Candidate> places, Candidate org) {
        int open = bracketOpening(text, org);
        if (open < 0) {
            return org;
        }
        int close = closing(text, open);
        String inside = close < 0 ? "" : text.substring(open + 1, close);
        boolean place = inside.equals("中国") || places.stream().anyMatch(p -> p.type().isPlace()
                && p.start() == open + 1 && p.end() == close);
        if (!place) {
            return org;
        }
        int s = open;
        while (s > 0 && open - s < MAX_TRADE_NAME && BEFORE_NAME.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        if (open - s < 2) {
            return org;
        }
        return new Candidate(s, org.end(), EntityType.ORGANIZATION, text.substring(s, org.end()), org.country(), org.source());
    }

    /** Where the place's bracket opens: right before the name, or inside it when the name starts in the bracket. */
    private static int bracketOpening(String text, Candidate org) {
        int s = org.start();
        if (s >= 1 && (text.charAt(s - 1) == ')' || text.charAt(s - 1) == '）')) {
            return opening(text, s - 1);
        }
        String name = org.name();
        int close = Math.max(name.indexOf(')'), name.indexOf('）'));
        if (close > 0 && name.indexOf('(') < 0 && name.indexOf('（') < 0) {
            return opening(text, s + close);
        }
        return -1;
    }

    /** The nearest bracket mark within a place's length of {@code from}, scanning by {@code step} (-1 or +1); or -1. */
    private static int mark(String text, int from, int step, char ascii, char fullWidth) {
        for (int i = from + step, n = 1; i >= 0 && i < text.length() && n <= MAX_PLACE + 1; i += step, n++) {
            if (text.charAt(i) == ascii || text.charAt(i) == fullWidth) {
                return i;
            }
        }
        return -1;
    }

    private static int opening(String text, int close) {
        return mark(text, close, -1, '(', '（');
    }

    private static int closing(String text, int open) {
        return mark(text, open, 1, ')', '）');
    }
}
