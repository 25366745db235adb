package dev.newsie.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the punctuation HanLP's role taggers sometimes glue to a name ({@code 〕台中} read as one place after a
 * bracketed Taiwan dateline, because the bracket is a character its core dictionary does not hold). No Chinese word
 * holds a bracket or a quotation mark, so such a token is cut at every run of them and each piece is read again.
 * Other marks stay: the interpunct is part of transliterated names (·), round brackets are part of registered
 * company names (某某(苏州)有限公司, read by BracketedPlaceNames), and a token across a comma is left whole for the
 * recognisers, which already refuse a name holding one.
 */
final class GluedPunctuation {
    private GluedPunctuation() {
    }

    /** A word's pieces as [start, end) offsets relative to the word: one piece when it holds no glued mark. */
    static List<int[]> pieces(String word) {
        if (word.length() < 2 || word.chars().noneMatch(c -> isMark((char) c))) {
            return List.of(new int[] {0, word.length()}); // almost every token: no list is built
        }
        List<int[]> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= word.length(); i++) {
            if (i == word.length() || isMark(word.charAt(i)) != isMark(word.charAt(from))) {
                pieces.add(new int[] {from, i});
                from = i;
            }
        }
        return pieces;
    }

    static boolean isMark(char c) {
        if (c == '(' || c == ')' || c == '（' || c == '）') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }
}
