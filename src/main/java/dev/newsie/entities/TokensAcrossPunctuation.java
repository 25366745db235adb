package dev.newsie.entities;

import dev.newsie.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * 周某某,上海市某某协会/nt, 规划官,市教委/nt: the segmenter's organisation reading can run a token over a comma or
 * an enumeration mark between a person's name or a title and the body named after it. The mark ends a clause or a
 * list item, so no name runs across it: such a token is cut into the words before the mark (no name), the mark, and
 * the body after it, which keeps the token's tag. Only a short word before the mark is so glued (a person's name,
 * a title's last character); where the words before the mark are longer or end in a head noun (外资企业,跨国公司…),
 * the token lists kinds of body and is left whole, as no name is read from it.
 */
final class TokensAcrossPunctuation {
    /** Marks that end a clause or a list item (half- and full-width). */
    private static final String MARKS = ",，、;；";
    /** The tag given to the words before the mark: nothing the organisation reading takes into a name. */
    private static final String BEFORE_TAG = "x";
    private static final String MARK_TAG = "w";
    /** Most characters before the mark: a Chinese name, or a title's tail. */
    private static final int MAX_BEFORE = 3;

    private TokensAcrossPunctuation() {
    }

    /**
     * The tokens with every token that holds a mark, ends in a head noun and has a short word with no head noun
     * before the mark cut at its last mark.
     */
    static List<Token> split(List<Token> tokens, Predicate<String> endsInHead) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.word();
            int k = lastMark(w);
            boolean cut = k > 0 && k <= MAX_BEFORE && k < w.length() - 1 && endsInHead.test(w.substring(k + 1)) && !endsInHead.test(w.substring(0, k));
            if (!cut) {
                if (out != null) {
                    out.add(t);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            out.add(new Token(t.start(), t.start() + k, w.substring(0, k), BEFORE_TAG));
            out.add(new Token(t.start() + k, t.start() + k + 1, w.substring(k, k + 1), MARK_TAG));
            out.add(new Token(t.start() + k + 1, t.end(), w.substring(k + 1), t.tag()));
        }
        return out == null ? tokens : out;
    }

    private static int lastMark(String word) {
        for (int k = word.length() - 1; k >= 0; k--) {
            if (MARKS.indexOf(word.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }
}
