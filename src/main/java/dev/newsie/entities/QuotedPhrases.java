package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.Entity;
import dev.newsie.model.Mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A short quotation that holds a place among other words and no clause punctuation is a name — an activity's or a
 * platform's (“甲乙少年画家乡”, “甲国乙国物流枢纽”), a nickname (有“新甲城”美誉) — whatever word it ends in;
 * speech breaks into clauses, a name does not, and short speech follows a word of saying. GOLD.md §7: a place inside
 * another name is no mention of it. A quotation made only of places (“甲市”, “甲城乙城”) names the places. An
 * honour's title (“甲省荣誉公民”称号) is left as it was: the gold is split on it.
 */
final class QuotedPhrases {
    /** Marks that break a quotation into clauses or items: speech or a slogan, no name. */
    static final String CLAUSE_MARKS = "，,。、；;！!？?：:…";
    /** Closing marks of a “ quotation: the full-width straight mark (＂) is typed for ” too. */
    static final String CLOSINGS = "”＂";
    /** Marks that open words said (表示：“…”): a quotation after one is speech. */
    static final String SPEECH_MARKS = "：:";
    /**
     * Words of saying (他说“…”, 笑道“…”): the verbs whose subject is often a bare name and the words that lead only a
     * quotation (models/person-context.tsv SPEECH_VERB and QUOTE_LEAD), longest first.
     */
    static final List<String> SPEECH_WORDS = speechWords();
    /** The word after a quoted honour's title (授予“…”称号). */
    static final String TITLE_WORD = "称号";
    /** Fewest characters of a name that lie outside the places it holds: a quotation of places alone names them. */
    static final int MIN_OTHER_CHARACTERS = 1;

    private QuotedPhrases() {
    }

    private static List<String> speechWords() {
        List<String> words = new ArrayList<>();
        for (ModelFile.Row r : ModelFile.read("person-context.tsv", 2)) {
            if (r.get(0).equals("SPEECH_VERB") || r.get(0).equals("QUOTE_LEAD")) {
                words.add(r.get(1));
            }
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(words);
    }

    /** Marks in {@code inName} each short quotation of {@code text} that reads as a name holding a place among other words. */
    static void mark(String text, List<Entity> entities, boolean[] inName) {
        Quotations.Visitor marker = (open, close) -> {
            if (isName(text, entities, open, close)) {
                Arrays.fill(inName, open, close + 1, true);
            }
        };
        Quotations.each(text, '“', CLOSINGS, CountryAbbreviations.MAX_QUOTED_NAME, marker);
        Quotations.each(text, '「', "」", CountryAbbreviations.MAX_QUOTED_NAME, marker);
    }

    /** Whether the quotation between {@code open} and {@code close} is a name that holds a place and more words. */
    static boolean isName(String text, List<Entity> entities, int open, int close) {
        for (int i = open + 1; i < close; i++) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        if (text.startsWith(TITLE_WORD, close + 1)) {
            return false;
        }
        if (open > 0 && SPEECH_MARKS.indexOf(text.charAt(open - 1)) >= 0
                || SPEECH_WORDS.stream().anyMatch(w -> text.startsWith(w, open - w.length()))) {
            return false; // 他说“甲城欢迎你”: short speech has no clause mark either
        }
        return charactersOutsidePlaces(entities, open + 1, close) >= MIN_OTHER_CHARACTERS;
    }

    /** How many characters between {@code from} and {@code to} lie in no mention of a place or country. */
    private static int charactersOutsidePlaces(List<Entity> entities, int from, int to) {
        boolean[] inPlace = new boolean[to - from];
        for (Entity e : entities) {
            if (e.type().isPlaceOrCountry()) {
                for (Mention m : e.mentions()) {
                    for (int i = Math.max(from, m.start()); i < Math.min(to, m.end()); i++) {
                        inPlace[i - from] = true;
                    }
                }
            }
        }
        int outside = 0;
        for (boolean b : inPlace) {
            outside += b ? 0 : 1;
        }
        return outside;
    }
}
