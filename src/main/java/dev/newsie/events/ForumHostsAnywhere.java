package dev.newsie.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Backoff for a forum's hosts (GOLD.md §3 `organizers`): a forum left without hosts by the sentences that report it
 * takes the hosts that any sentence of the article speaking of it names ({@link AboutTheForum}). The fact it states:
 * who hosts a forum does not change between the sentences of a report, so 由甲、乙主办 read in a background clause, a
 * speaker's account or a closing paragraph that repeats the forum's name names its hosts, though that sentence reports
 * nothing held. Measured alone (answering for every forum) on the study pool: precision 1.00, recall 0.91 (README,
 * round 16). Runs only where the specific reading found nothing; thread-safe.
 */
final class ForumHostsAnywhere {
    private final ForumHosts hosts;
    private final AboutTheForum about;

    ForumHostsAnywhere(ForumHosts hosts, AboutTheForum about) {
        this.hosts = hosts;
        this.about = about;
    }

    /** Fills the hosts of every forum that has none from the first sentence speaking of it that names some. */
    void fill(DocumentContext ctx, List<ForumExtractor.Forum> forums, List<String> places) {
        for (ForumExtractor.Forum f : forums) {
            List<String> known = f.b.build().organizers();
            if (known != null && !known.isEmpty()) {
                continue;
            }
            List<String> found = new ArrayList<>();
            for (int si = 0; si < ctx.sentences.size() && found.isEmpty(); si++) {
                if (about.speaksOf(ctx.sentences.get(si).text(), f, forums, places)) {
                    hosts.hosts(ctx.masked.get(si)).stream().filter(h -> !found.contains(h)).forEach(found::add);
                }
            }
            if (!found.isEmpty()) {
                f.b.organizers(found);
            }
        }
    }
}
