package dev.newsie.entities;

import dev.newsie.model.Entity;
import dev.newsie.model.Mention;

import java.util.Arrays;
import java.util.List;

/**
 * A short quotation that holds a place among other words and no clause punctuation is a name — an activity's or a
 * platform's (“甲乙少年画家乡”, “甲国乙国物流枢纽”), a nickname (有“新甲城”美誉) — whatever word it ends in;
 * speech breaks into clauses, a name does not, and short speech follows a word of saying. GOLD.md §7: a place inside another name is no mention of it. A
 * quotation of the place alone (“甲市”) names the place. An honour's title (“甲省荣誉公民”称号) is left as it was:
 * the gold is split on it.
 */
final class QuotedPhrases {
    /** Marks that break a quotation into clauses or items: speech or a slogan, no name. */
    static final String CLAUSE_MARKS = "，,。、；;！!？?：:…";
    /** Closing marks of a “ quotation: the full-width straight mark (＂) is typed for ” too. */
    static final String CLOSINGS = "”＂";
    /** Words of saying and marks that open words said (他说“…”, 表示：“…”): a quotation after them is speech. */
    static final List<String> SPEECH_LEADS = List.of("：", ":", "说", "道", "称", "表示", "指出", "强调", "认为", "介绍", "问");
    /** The word after a quoted honour's title (授予“…”称号). */
    static final String TITLE_WORD = "称号";

    private QuotedPhrases() {
    }

    /** Marks in {@code inName} each short quotation of {@code text} that reads as a name holding more than one place. */
    static void mark(String text, List<Entity> entities, boolean[] inName) {
        markPairs(text, entities, inName, '“', CLOSINGS);
        markPairs(text, entities, inName, '「', "」");
    }

    private static void markPairs(String text, List<Entity> entities, boolean[] inName, char opening, String closings) {
        for (int open = text.indexOf(opening); open >= 0; open = text.indexOf(opening, open + 1)) {
            int close = open + 1;
            while (close < text.length() && closings.indexOf(text.charAt(close)) < 0 && text.charAt(close) != opening
                    && text.charAt(close) != '\n' && close - open <= CountryAbbreviations.MAX_QUOTED_NAME) {
                close++;
            }
            if (close >= text.length() || closings.indexOf(text.charAt(close)) < 0 || close - open > CountryAbbreviations.MAX_QUOTED_NAME) {
                continue; // unclosed, or too long for a name
            }
            if (isName(text, entities, open, close)) {
                Arrays.fill(inName, open, close + 1, true);
            }
        }
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
        String before = text.substring(Math.max(0, open - 2), open);
        if (SPEECH_LEADS.stream().anyMatch(before::endsWith)) {
            return false; // 他说“甲城欢迎你”: short speech has no clause mark either
        }
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if ((e.type().isPlace() || e.type() == dev.newsie.model.EntityType.COUNTRY) && m.start() <= open + 1 && m.end() >= close) {
                    return false; // “甲市”: the quotation is the place's own name
                }
            }
        }
        return true;
    }
}
