package dev.newsie.events;

import java.util.List;

/**
 * Which sentences of an article speak of a given forum, whatever they report: the first forum a sentence names is
 * that forum (the same name, an alias, the name without its year or place, GOLD.md §6 matching), or, when the article
 * reports one forum only, the sentence points back at it (本届论坛…) or opens a clause with a forum's bare head
 * (论坛由甲主办, 大会设两个分论坛). Used by the backoffs ({@link ForumHostsAnywhere}, {@link ForumTopicsAnywhere}) that
 * fill a forum's roles from the whole article when the sentences reporting it gave none. Thread-safe: the name finder is read-only.
 */
final class AboutTheForum {
    private final ForumNames names;

    AboutTheForum(ForumNames names) {
        this.names = names;
    }

    /** Whether sentence {@code t} speaks of forum {@code f} among the article's {@code forums}. */
    boolean speaksOf(String t, ForumExtractor.Forum f, List<ForumExtractor.Forum> forums, List<String> places) {
        return namedAt(t, f, forums, places) >= 0;
    }

    /**
     * Where sentence {@code t} names forum {@code f} (the start of its name or of the head that stands for it), or -1
     * when it does not speak of it. What the sentence says before that point may belong to another event.
     */
    int namedAt(String t, ForumExtractor.Forum f, List<ForumExtractor.Forum> forums, List<String> places) {
        List<int[]> spans = names.find(t);
        if (spans.isEmpty()) {
            // 论坛由…, 本届大会由…: a clause opening with a forum's head word, bare or pointed at (ForumSentences' words)
            java.util.regex.Matcher bare = ForumSentences.BARE_HEAD.matcher(t), pointed = ForumSentences.THIS_FORUM.matcher(t);
            return forums.size() != 1 ? -1 : bare.find() ? bare.start() : pointed.find() ? pointed.start() : -1;
        }
        int[] first = spans.get(0);
        if (forums.size() == 1 && ForumNames.pointsBack(t, first[0])) {
            return first[0];
        }
        return ForumMentions.sameForum(f, t.substring(first[0], first[1]), places) ? first[0] : -1;
    }
}
