package dev.newsie.clean;

import dev.newsie.text.TrackedText;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes pinyin that scrapers of annotated pages interleave after characters (經(jīng)驗 → 經驗,
 * 會(huì) → 會). Only a parenthesis right after a Han character holding one lowercase pinyin syllable
 * with a tone mark is removed, so real parentheses — (UCLG), (1日), (记者 王翔) — are kept.
 */
public final class PinyinAnnotationRemover {
    private static final Pattern ANNOTATION = Pattern.compile(
            "(?<=\\p{IsHan})[((]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7})[))]");
    private static final Pattern TONE = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]");

    public TrackedText remove(TrackedText in) {
        Matcher m = ANNOTATION.matcher(in.text());
        TrackedText.Builder b = null;
        int last = 0;
        while (m.find()) {
            if (!TONE.matcher(m.group(1)).find()) {
                continue;
            }
            if (b == null) {
                b = TrackedText.builder();
            }
            b.append(in, last, m.start());
            last = m.end();
        }
        if (b == null) {
            return in;
        }
        return b.append(in, last, in.length()).build();
    }
}
