package dev.newsie.clean;

import dev.newsie.text.TrackedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes the anti-copy "jammer" strings that bulletin-board software hides in posts (Discuz! prints random
 * characters in an invisible font after lines), which a text dump turns visible: runs of short ASCII tokens
 * such as {@code % _# ^( P5 m" f8 |} at the start or end of a line, or (longer and noisier) inside one. A run is jammer only when it has at least
 * {@link #MIN_TOKENS} tokens of at most {@link #MAX_TOKEN} printable ASCII characters, {@link #MIN_SYMBOL_TOKENS}
 * of them holding a symbol, so English words, numbers and abbreviations (UCLG, 3 4 5) stay. A run glued to the
 * text before it (缔结)' |3 w-) starts with that text's last symbol, which goes too. Input is never modified.
 */
public final class JammerRemover {
    static final int MIN_TOKENS = 4;
    static final int MAX_TOKEN = 2;
    static final int MIN_SYMBOL_TOKENS = 2;
    static final int MIN_TOKENS_INSIDE = 6;
    static final int MIN_SYMBOL_TOKENS_INSIDE = 4;

    public TrackedText remove(TrackedText in) {
        String t = in.text();
        List<int[]> cuts = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= t.length()) {
            int lineEnd = t.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = t.length();
            }
            cutsInLine(t, lineStart, lineEnd, cuts);
            lineStart = lineEnd + 1;
        }
        if (cuts.isEmpty()) {
            return in;
        }
        TrackedText.Builder b = TrackedText.builder();
        int last = 0;
        for (int[] c : cuts) {
            b.append(in, last, c[0]);
            last = c[1];
        }
        return b.append(in, last, in.length()).build();
    }

    /** Space-separated tokens of the line as [start, end) offsets. */
    private static void cutsInLine(String t, int from, int to, List<int[]> cuts) {
        List<int[]> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && t.charAt(i) == ' ') {
                i++;
            }
            int s = i;
            while (i < to && t.charAt(i) != ' ') {
                i++;
            }
            if (i > s) {
                tokens.add(new int[]{s, i});
            }
        }
        int k = 0;
        while (k < tokens.size()) {
            int r = k;
            int symbols = 0;
            while (r < tokens.size() && jammerToken(t, tokens.get(r))) {
                symbols += hasSymbol(t, tokens.get(r)) ? 1 : 0;
                r++;
            }
            boolean atEdge = k == 0 || r == tokens.size();
            // inside a sentence (备忘录,& A6 J# ^9 l7 推动) a longer, noisier run is needed than at a line's edge
            boolean inside = r - k >= MIN_TOKENS_INSIDE && symbols >= MIN_SYMBOL_TOKENS_INSIDE;
            if (r - k >= MIN_TOKENS && symbols >= MIN_SYMBOL_TOKENS && (atEdge || inside)) {
                int start = tokens.get(k)[0];
                int end = r == tokens.size() ? to : tokens.get(r)[0] + gluedPrefix(t, tokens.get(r));
                if (k > 0) {
                    int[] glued = tokens.get(k - 1);
                    if (gluedSymbol(t, glued)) {
                        start = glued[1] - 1; // 缔结)' |3 w-: the run's first token is glued to the text before it
                    } else {
                        start = glued[1];
                    }
                }
                cuts.add(new int[]{start, end});
                k = r;
            } else {
                k = Math.max(r, k + 1);
            }
        }
    }

    private static boolean jammerToken(String t, int[] tok) {
        if (tok[1] - tok[0] > MAX_TOKEN) {
            return false;
        }
        for (int i = tok[0]; i < tok[1]; i++) {
            char c = t.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasSymbol(String t, int[] tok) {
        for (int i = tok[0]; i < tok[1]; i++) {
            if (!Character.isLetterOrDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A token of text ending in one ASCII symbol right after the text (…缔结)', …14个:"): the run's glued first token. */
    private static boolean gluedSymbol(String t, int[] tok) {
        if (tok[1] - tok[0] < 2) {
            return false;
        }
        char last = t.charAt(tok[1] - 1);
        boolean textBefore = false;
        for (int i = tok[0]; i < tok[1] - 1; i++) {
            textBefore |= t.charAt(i) > 0x7e;
        }
        if (!textBefore || GLUED.indexOf(last) < 0) {
            return false;
        }
        // a closing bracket or quote ends the text unless it has nothing to close (关系)) → 关系))
        String body = t.substring(tok[0], tok[1] - 1);
        if (last == ')') {
            return count(body, '(') + count(body, '（') <= count(body, ')') + count(body, '）');
        }
        if (last == '"' || last == '\'') {
            return count(body, last) % 2 == 0;
        }
        return true;
    }

    /** Length of a last jammer token glued to the text after it (z推动 → 1), else 0. */
    private static int gluedPrefix(String t, int[] tok) {
        int i = tok[0];
        while (i < tok[1] && i - tok[0] < MAX_TOKEN && t.charAt(i) >= 0x21 && t.charAt(i) <= 0x7e) {
            i++;
        }
        return i > tok[0] && i < tok[1] && Character.UnicodeScript.of(t.charAt(i)) == Character.UnicodeScript.HAN ? i - tok[0] : 0;
    }

    /** Symbols that can be a glued run's first token; sentence punctuation (. , : ;) is the text's own. */
    private static final String GLUED = "$%+-*&^#@!~`|\\/_{}[]<>=?)\"'";

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }
}
