package dev.newsie.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conference's list of new twinnings often joins each pair with a dash instead of 与 (甲市—乙国丙市、丁市—戊国己市
 * 三对城市签署). Such a dash is read as 与 so the pair rules read the pairs; only where the dashed pairs make a list
 * (two or more, set off by 、 — or, in a list right after a colon or 分别是, by a semicolon or a comma: 分别是:甲—乙;丙—丁,
 * where a route list such as 甲—乙,甲—丙航线 has no label) or are
 * summed up by a count of pairs (N对), since a lone dash between places is as often a name's (中国—东盟, a railway
 * 甲—乙线).
 */
final class DashedPairs {
    private static final String DASH = "[—－-]";
    private static final String SIDE = "Ⓟ+";
    private static final String PAIR = SIDE + DASH + SIDE;
    private static final Pattern LISTED = Pattern.compile(PAIR + "(?:[、和及]" + PAIR + ")+");
    /** A list right after a colon or 分别是: its items may be set off by semicolons or commas too. */
    private static final Pattern LISTED_AFTER_LABEL = Pattern.compile("(?<=[:：]|分别是|分别为|依次为|即)" + PAIR + "(?:[、和及;；,，]" + PAIR + ")+");
    private static final Pattern COUNTED = Pattern.compile(PAIR + "(?=(?:等|共)?[\\d一二三四五六七八九十两]+对)");
    private static final Pattern ANY_DASH = Pattern.compile(DASH);

    private DashedPairs() {
    }

    /** The sentence with each dash joining a listed or counted pair written as 与; the same sentence when there is none. */
    static MaskedSentence joined(MaskedSentence ms) {
        String m = ms.masked();
        if (!ANY_DASH.matcher(m).find()) {
            return ms;
        }
        StringBuilder sb = new StringBuilder(m);
        for (Pattern p : new Pattern[]{LISTED, LISTED_AFTER_LABEL, COUNTED}) {
            Matcher x = p.matcher(m);
            while (x.find()) {
                Matcher d = ANY_DASH.matcher(m).region(x.start(), x.end());
                while (d.find()) {
                    sb.setCharAt(d.start(), '与');
                }
            }
        }
        return sb.toString().equals(m) ? ms : ms.withMasked(sb.toString());
    }
}
