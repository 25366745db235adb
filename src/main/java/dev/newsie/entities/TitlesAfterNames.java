package dev.newsie.entities;

import dev.newsie.nlp.Token;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Taiwan's order of department, name, title (文化局某某局长, 教育处某某代理处长): the title after a person names that
 * person's post, not a bureau of its own — the bureau is the one named before the person. Read as a bureau, the
 * title's first character pulled the person and the department before it into one organisation (文化局某某局).
 */
final class TitlesAfterNames {
    /**
     * A department's last character, a name of two or three characters, an optional acting or deputy rank, right
     * before the title. Read on the text: the segmenter cuts such names anywhere (王 + 文彦, 陈 + 怡 + 君) or glues them
     * to the department and rank (文化局某某代理).
     */
    private static final Pattern HOLDER = Pattern.compile("[局处科署部室](\\p{IsHan}{2,3}?)(?:代理|署理|副|代)?$");
    /** Rank words, which are no name: 文化局代理局长 is the bureau's acting head, named by no one. */
    private static final Pattern RANK = Pattern.compile("代理|署理|副|代|常务|执行");

    private TitlesAfterNames() {
    }

    /** Whether the title token at {@code i} follows a department and a person's name (文化局某某 + 局长). */
    static boolean holderBefore(String text, List<Token> tokens, int i) {
        int t = tokens.get(i).start();
        Matcher m = HOLDER.matcher(text.substring(Math.max(0, t - 8), t));
        return m.find() && !RANK.matcher(m.group(1)).find();
    }
}
