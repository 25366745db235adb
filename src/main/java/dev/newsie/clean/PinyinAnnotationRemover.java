package dev.newsie.clean;

import dev.newsie.text.TrackedText;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes pinyin that scrapers of annotated pages interleave after characters (經(jīng)驗 → 經驗,
 * 會(huì) → 會). Only a parenthesis right after a Han character holding one lowercase pinyin syllable
 * with a tone mark (or tone number, jing1) is removed, so real parentheses — (UCLG), (1日), (记者 王翔) — are kept.
 * On a page annotated that way, the neutral-tone syllables, which carry no mark (的(de), 們(men)), go too.
 * A character the scraper could not encode comes out as "?" with its opening parenthesis lost (日?qǐng)): the
 * character is gone already, and its left-over annotation goes as well.
 * Some mirrors annotate without any tone (届(jie), 广(guang)州): a page with {@link #MIN_TONELESS} such annotations
 * that are each a whole pinyin syllable is annotated too, and loses them; a lone one, or one that is no syllable
 * ((sic), (app), (www)), stays.
 */
public final class PinyinAnnotationRemover {
    private static final Pattern ANNOTATION = Pattern.compile(
            // some converters leave a space before the closing parenthesis (會(huì )): the same annotation
            "(?:(?<=\\p{IsHan})[((]|\\?)([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[1-5]?) ?[))]");
    private static final Pattern TONE = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ1-5]");
    /** This many marked annotations show a page is annotated throughout. */
    static final int MIN_MARKED = 3;
    /** This many unmarked annotations, each a whole syllable, show a page annotated without tones. */
    static final int MIN_TONELESS = 5;
    /** One toneless Mandarin syllable: an optional initial and a final (ü written v or u). */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ve|ue|a|o|e|i|u|v)");

    /**
     * One line without its tone-marked annotations: what the line rules read, so that 【關(guān)閉窗口】 is matched as
     * 【關閉窗口】 (the body itself loses its annotations after the lines are sorted, with offsets kept).
     */
    static String withoutMarked(String line) {
        if (line.indexOf('(') < 0 && line.indexOf('(') < 0) {
            return line;
        }
        Matcher m = ANNOTATION.matcher(line);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (TONE.matcher(m.group(1)).find()) {
                out.append(line, last, m.start());
                last = m.end();
            }
        }
        return last == 0 ? line : out.append(line, last, line.length()).toString();
    }

    public TrackedText remove(TrackedText in) {
        Matcher m = ANNOTATION.matcher(in.text());
        int marked = 0;
        while (marked < MIN_MARKED && m.find()) {
            if (TONE.matcher(m.group(1)).find()) {
                marked++;
            }
        }
        boolean annotated = marked >= MIN_MARKED;
        boolean toneless = !annotated && tonelessSyllables(m) >= MIN_TONELESS;
        m.reset();
        TrackedText.Builder b = null;
        int last = 0;
        while (m.find()) {
            boolean marks = TONE.matcher(m.group(1)).find();
            if (!annotated && !marks && !(toneless && SYLLABLE.matcher(m.group(1)).matches())) {
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

    /** How many annotations without a tone are each one whole syllable (counting stops at the threshold). */
    private static int tonelessSyllables(Matcher m) {
        m.reset();
        int n = 0;
        while (n < MIN_TONELESS && m.find()) {
            if (!TONE.matcher(m.group(1)).find() && SYLLABLE.matcher(m.group(1)).matches()) {
                n++;
            }
        }
        return n;
    }
}
