package dev.newsie.clean;

import dev.newsie.text.TrackedText;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the anti-copy strings that forum software (Discuz!'s "jammer") scatters through a post so that a copied
 * text carries noise: runs of one- and two-character Latin tokens full of symbols, separated by spaces
 * (保定市的友城% _# ^( P5 m" f8 |, 0 o6 L. l* J1 G 美国…). Reposted news on forums and print pages keeps them
 * at line starts and ends and inside sentences. Real Latin text is left alone: words, initials (J. R. Smith),
 * abbreviations in brackets (UCLG), numbers and dates have tokens longer than two characters or too few symbols.
 */
public final class JammerStringRemover {
    /** Five or more tokens of one or two printable ASCII characters, separated by blanks, standing alone. */
    private static final Pattern RUN = Pattern.compile(
            "(?<![!-~])(?:[!-~]{1,2}[ \\t\\u00A0]+){4,}[!-~]{1,2}(?![!-~])");
    /** Symbols of a jammer token; the full stop is left out, since initials carry it. */
    private static final String SYMBOLS = "!\"#$%&'()*+,-/:;<=>?@[\\]^_`{|}~";
    /** At least this share of the tokens hold a symbol (a run of initials or digits holds none). */
    static final double MIN_SYMBOL_SHARE = 1.0 / 4;
    /** Punctuation a Chinese text written with ASCII marks puts right after a character: the run's first mark may be it. */
    private static final String SENTENCE_MARKS = ",.:;!?)";

    public TrackedText remove(TrackedText in) {
        Matcher m = RUN.matcher(in.text());
        TrackedText.Builder b = null;
        int last = 0;
        while (m.find()) {
            if (!jammer(m.group())) {
                continue;
            }
            int start = m.start();
            if (start > 0 && Character.UnicodeScript.of(in.text().charAt(start - 1)) == Character.UnicodeScript.HAN
                    && SENTENCE_MARKS.indexOf(in.text().charAt(start)) >= 0) {
                start++; // 14个:" W, C# …: the colon ends the sentence, the rest is noise
            }
            if (b == null) {
                b = TrackedText.builder();
            }
            b.append(in, last, start);
            last = m.end();
        }
        if (b == null) {
            return in;
        }
        return b.append(in, last, in.length()).build();
    }

    public String remove(String s) {
        return s == null ? null : remove(TrackedText.identity(s)).text();
    }

    private static boolean jammer(String run) {
        String[] tokens = run.trim().split("[ \\t\\u00A0]+");
        int symbolic = 0;
        for (String t : tokens) {
            for (int i = 0; i < t.length(); i++) {
                if (SYMBOLS.indexOf(t.charAt(i)) >= 0) {
                    symbolic++;
                    break;
                }
            }
        }
        return symbolic >= 2 && symbolic >= tokens.length * MIN_SYMBOL_SHARE;
    }
}
