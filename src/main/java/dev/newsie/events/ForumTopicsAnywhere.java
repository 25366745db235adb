package dev.newsie.events;

import java.util.List;

/**
 * Backoff for a forum's topics (GOLD.md §3 `topics`): a forum left without topics by the sentences that report it takes
 * the topics that any sentence of the article speaking of it ({@link AboutTheForum}) lists after naming it (设“甲”“乙”两个分论坛,
 * 围绕甲、乙等议题, read by {@link ForumTopics}); a list standing before the forum's name may be another event's. The fact it states: a report gives a forum's agenda once, often in a
 * paragraph of its own that names the forum again or opens with 论坛/大会, apart from the sentence that dates it.
 * Measured alone (answering for every forum) on the study pool: precision 1.00, recall 0.94 (README, round 16). Runs
 * only where the specific reading found nothing; thread-safe.
 */
final class ForumTopicsAnywhere {
    private final AboutTheForum about;

    ForumTopicsAnywhere(AboutTheForum about) {
        this.about = about;
    }

    /** Fills the topics of every forum that has none from the first sentence speaking of it that lists some. */
    void fill(DocumentContext ctx, List<ForumExtractor.Forum> forums, List<String> places) {
        for (ForumExtractor.Forum f : forums) {
            List<String> known = f.b.build().topics();
            if (known != null && !known.isEmpty()) {
                continue;
            }
            for (int si = 0; si < ctx.sentences.size(); si++) {
                String t = ctx.sentences.get(si).text();
                int at = about.namedAt(t, f, forums, places);
                if (at >= 0) {
                    List<String> topics = ForumTopics.topics(t);
                    // 期间,举行“甲”“乙”等分论坛,“丙年会”…: a list before the forum's name is another event's
                    if (!topics.isEmpty() && t.indexOf(topics.get(0)) >= at) {
                        f.b.topics(topics);
                        break;
                    }
                }
            }
        }
    }
}
