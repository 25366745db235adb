package dev.newsie.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells the article's own headlines from other lines that look like headlines above it (promoted stories,
 * tickers, site slogans, widget captions): a headline says what the lead paragraph says, so it shares
 * words with it, and a promoted story does not. Words are approximated by character bigrams of letters and
 * digits, which needs no segmenter and works for Simplified and Traditional alike.
 */
final class HeadlineFilter {
    /** A candidate sharing at least this share of its bigrams with the lead is one of the article's headlines. */
    static final double MIN_SHARED = 0.3;

    private HeadlineFilter() {
    }

    /**
     * The indices of the candidates to keep, in order: every candidate that shares enough of its bigrams with
     * the lead, or, if none does, the one that shares most (if any shares one at all). Null when the lead is
     * too short to judge by, so the caller keeps its positional rule.
     */
    static List<Integer> keep(List<String> candidates, String lead) {
        Set<String> leadBigrams = bigrams(lead);
        if (leadBigrams.size() < 10) {
            return null;
        }
        List<Integer> kept = new ArrayList<>();
        int best = -1;
        double bestShare = 0;
        for (int i = 0; i < candidates.size(); i++) {
            double share = share(candidates.get(i), leadBigrams);
            if (share >= MIN_SHARED) {
                kept.add(i);
            }
            if (share > bestShare) {
                best = i;
                bestShare = share;
            }
        }
        if (kept.isEmpty() && best >= 0) {
            kept.add(best);
        }
        return kept;
    }

    /** The share of the line's bigrams found in the lead's. */
    static double share(String line, Set<String> leadBigrams) {
        Set<String> own = bigrams(line);
        if (own.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String b : own) {
            if (leadBigrams.contains(b)) {
                shared++;
            }
        }
        return (double) shared / own.size();
    }

    /** Bigrams of adjacent letters or digits (blanks and punctuation break a run). */
    static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            char a = s.charAt(i), b = s.charAt(i + 1);
            if (Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b)) {
                out.add(s.substring(i, i + 2));
            }
        }
        return out;
    }
}
