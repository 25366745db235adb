package dev.newsie.events;

import java.util.regex.Pattern;

/**
 * A sentence framed by a span of past years (近年来, 多年来, 长期以来), or opening with 其中 right after such a
 * sentence, and giving no date of its own: the signings it tells are the record of those years, not acts of the
 * reported day, so they take neither the report's date nor the place of its forum or visit.
 *
 * <p>Why: forum reports close with a background paragraph (近年来,两地多次互访…其中,甲大学与乙大学签署了合作备忘录);
 * read as of the forum's day, such a signing gets a date and place the article never gives it.
 */
final class PastYearsFrame {
    private PastYearsFrame() {
    }

    /** The span of past years a sentence opens with (after a leading clause break or nothing). */
    private static final Pattern PAST_YEARS = Pattern.compile("^\\s*(?:近年来|近几年来?|多年来|长期以来|近些年来?|这些年来)");
    /** A sentence that goes on within the frame of the one before it. */
    private static final Pattern WITHIN = Pattern.compile("^\\s*(?:其中|期间|这期间)");

    /** Whether sentence {@code si} tells the record of past years and names no date of its own. */
    static boolean frames(DocumentContext ctx, int si) {
        if (ctx.bestDate(si) != null) {
            return false;
        }
        String t = ctx.sentences.get(si).text();
        if (PAST_YEARS.matcher(t).find()) {
            return true;
        }
        return si > 0 && WITHIN.matcher(t).find() && ctx.bestDate(si - 1) == null
                && PAST_YEARS.matcher(ctx.sentences.get(si - 1).text()).find();
    }
}
