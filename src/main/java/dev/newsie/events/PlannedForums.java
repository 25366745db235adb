package dev.newsie.events;

import java.util.List;

/**
 * A forum the page first announces for a day after its own (第15届甲论坛将于17日登场 in a page of the 4th) and then
 * mentions again in a sentence that reads as held (今年是市长上任后首次在甲市举办的甲论坛): the later mention tells
 * of the same forum to come, not of one held. A page cannot report held a session it dates after itself, and
 * planned events are not events (GOLD.md §7).
 */
final class PlannedForums {
    private PlannedForums() {
    }

    /** Whether sentence {@code si} names a date after the page's own (at the date's precision). */
    static boolean datedAhead(DocumentContext ctx, int si) {
        if (ctx.reference == null || ctx.reference.length() != 10) {
            return false;
        }
        for (DateResolver.DateMention d : ctx.dates.get(si)) {
            String day = d.first();
            if (day != null && day.length() >= 7 && day.compareTo(ctx.reference.substring(0, day.length())) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} is a forum the page named before only as one to come. */
    static boolean announcedBefore(List<String> plannedNames, String name, List<String> places) {
        String k = ForumMentions.key(name);
        for (String planned : plannedNames) {
            ForumExtractor.Forum f = new ForumExtractor.Forum();
            f.name = planned;
            // 第15届甲乙论坛 announced, then 甲乙论坛: the short name is the announced name's tail
            if (ForumMentions.sameForum(f, name, places) || k.length() >= 4 && ForumMentions.key(planned).endsWith(k)) {
                return true;
            }
        }
        return false;
    }
}
