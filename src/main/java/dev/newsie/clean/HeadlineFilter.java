package dev.newsie.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the article's own headlines from other lines that look like headlines above it (promoted stories,
 * tickers, site slogans, widget captions): a headline says what the lead paragraph says, so it shares
 * words with it, and a promoted story does not. Words are approximated by character bigrams of letters and
 * digits, which needs no segmenter and works for Simplified and Traditional alike.
 */
final class HeadlineFilter {
    /** A candidate sharing at least this share of its bigrams with the lead is one of the article's headlines. */
    static final double MIN_SHARED = 0.3;
    /** Shorter headlines are not looked for inside longer ones. */
    static final int MIN_REPEATED_HEADLINE = 8;
    /** A lead with fewer bigrams than this is too short to judge headlines by. */
    static final int MIN_LEAD_BIGRAMS = 10;

    private HeadlineFilter() {
    }

    /** A full date (2024.12.04, 2024-12-04, 2024年 12月 04日) on a line. */
    private static final Pattern DATE = Pattern.compile("\\d{4}\\s*[-./年]\\s*\\d{1,2}\\s*[-./月]\\s*\\d{1,2}");
    /** A clock time (14:29). */
    private static final Pattern CLOCK = Pattern.compile("(?<!\\d)\\d{1,2}[:：]\\d{2}(?!\\d)");

    /**
     * Whether a line carries a full date and a clock time: the line of an outlet, a reporter or a font-size widget
     * under a headline (某报/某记者 2024.12.04 14:29, 2018年 09月 10日 23:52 某商报, 某日报 2018-05-20 02:20 大字). Its
     * digits share the lead's year by chance; it is no headline, though it may stay in the article after it.
     */
    static boolean stamped(String line) {
        return DATE.matcher(line).find() && CLOCK.matcher(line).find();
    }

    /**
     * The indices of the candidates to keep, in order: the first that shares enough of its bigrams with the lead
     * (or, if none does, the one that shares most) is the headline; it and every candidate after it (subtitles
     * follow the headline) are kept, and before it only those that share enough (a kicker). Null when the lead
     * is too short to judge by or no candidate shares a bigram with it, so the caller keeps its positional rule.
     */
    static List<Integer> keep(List<String> candidates, String lead) {
        Set<String> leadBigrams = bigrams(lead);
        if (leadBigrams.size() < MIN_LEAD_BIGRAMS) {
            return null;
        }
        double[] shares = new double[candidates.size()];
        int headline = -1;
        int best = -1;
        for (int i = 0; i < candidates.size(); i++) {
            shares[i] = share(candidates.get(i), leadBigrams);
            if (stamped(candidates.get(i))) {
                continue; // 某报/某记者 2024.12.04 14:29: a dated, timed line is the byline, never the headline
            }
            if (headline < 0 && shares[i] >= MIN_SHARED) {
                headline = i;
            }
            if (shares[i] > 0 && (best < 0 || shares[i] > shares[best])) {
                best = i;
            }
        }
        if (best < 0) {
            return null; // no candidate speaks of the lead: nothing to tell them apart by
        }
        if (headline < 0) {
            headline = best;
        }
        List<Integer> kept = new ArrayList<>();
        Set<String> all = new HashSet<>(candidates);
        for (int i = 0; i < candidates.size(); i++) {
            if ((i >= headline || shares[i] >= MIN_SHARED) && !endsWithAnother(all, candidates.get(i))) {
                kept.add(i);
            }
        }
        return kept;
    }

    /**
     * Whether candidate {@code c} is another candidate with something put before it: a channel name or
     * breadcrumb run into the headline (地方新闻某市 + the headline), which the page then gives on its own.
     */
    static boolean endsWithAnother(Set<String> candidates, String c) {
        for (int k = 1; k + MIN_REPEATED_HEADLINE <= c.length(); k++) {
            if (candidates.contains(c.substring(k))) {
                return true;
            }
        }
        return false;
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
