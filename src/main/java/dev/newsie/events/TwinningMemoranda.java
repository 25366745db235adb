package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.EventBuilder;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A memorandum of friendly relations (友好合作关系备忘录) founds a twinning when the report says so beside it: the
 * first sentence naming the memorandum or the next one of its paragraph tells that a place became or concluded a friendship city
 * (乙市成为甲市第N个友好城市; 两市正式缔结友城). Such a
 * memorandum is SISTER_CITY (GOLD.md §7); told without that statement it stays a MEMORANDUM, as a list of memoranda
 * signed with several partners is. A twinning dated earlier (2010年缔结友城, 缔结友城以来) is the standing the
 * memorandum builds on, not the one it makes; one hoped for or planned (希望早日缔结友城) is not made yet.
 */
final class TwinningMemoranda {
    /** a memorandum named by friendly relations (友好合作关系备忘录, 建立友好关系谅解备忘录, 友好城备忘录) */
    private static final Pattern FRIENDLY_MEMORANDUM = Pattern.compile("友好[^,，。;；]{0,8}备忘录$");
    /** the twinning told as made: concluded (缔结友城) or become (成为…友好城市) */
    private static final Pattern TWINNING_MADE = Pattern.compile(
            "(?:缔结|结为|结成)了?(?:国际)?(?:友城|友好城市|友好合作(?:关系)?城市|友好交流(?:关系)?城市)"
                    + "|成为[^,，。;；]{0,16}?(?:友城|友好城市|友好合作(?:关系)?城市|友好交流(?:关系)?城市)"
                    // 成为两市友好城市关系发展的新起点: the noun qualifies another (a relation's growth), no city becomes one
                    + "(?!(?:关系)?(?:发展|交流|建设|工作|合作|往来|互动))");
    /** a twinning the memorandum builds on, told as a span up to now (缔结友城以来, 结好十周年) */
    private static final Pattern SINCE_THEN = Pattern.compile("以来|周年");

    private TwinningMemoranda() {
    }

    /** Turns each two-sided friendly memorandum whose report says it made a friendship city into a SISTER_CITY signing. */
    static void mark(DocumentContext ctx, List<EventBuilder> signings) {
        for (EventBuilder e : signings) {
            var b = e.build();
            if (!"MEMORANDUM".equals(b.agreement()) || b.title() == null || !FRIENDLY_MEMORANDUM.matcher(b.title()).find()
                    || b.parties() == null || b.parties().size() != 2) {
                continue;
            }
            if (!b.parties().stream().allMatch(p -> isPlace(ctx, p))) {
                continue; // a body's memorandum (市政厅, 外办) makes no friendship city of its own
            }
            int si = ownSentence(ctx, b.title(), b.parties());
            if (si >= 0 && (tellsTwinning(ctx, ctx.masked.get(si).masked())
                    || si + 1 < ctx.sentences.size() && sameParagraph(ctx, si) && tellsTwinning(ctx, ctx.masked.get(si + 1).masked()))) {
                e.agreement("SISTER_CITY");
            }
        }
    }

    /**
     * The sentence telling this pair's signing: the first of the body (not a headline on its own line, which names the
     * memorandum without telling its context) naming the memorandum and both its parties, else the first naming the memorandum —
     * later ones look back at it; -1 when none does.
     */
    private static int ownSentence(DocumentContext ctx, String title, List<String> parties) {
        int first = -1;
        // the headline: a first sentence standing on its own line before the body
        boolean headline = ctx.sentences.size() > 1 && !sameParagraph(ctx, 0);
        for (int si = headline ? 1 : 0; si < ctx.sentences.size(); si++) {
            if (!ctx.sentences.get(si).text().contains(title)) {
                continue;
            }
            var named = ctx.masked.get(si).slots().stream().map(x -> x.entity().name()).toList();
            if (named.containsAll(parties)) {
                return si;
            }
            if (first < 0) {
                first = si;
            }
        }
        return first;
    }

    private static boolean isPlace(DocumentContext ctx, String name) {
        return ctx.entities.stream().anyMatch(x -> x.name().equals(name)
                && (x.type() == EntityType.CITY || x.type() == EntityType.PROVINCE));
    }

    /** Whether a masked sentence tells a twinning made now: not one of an earlier year or since then, not one planned. */
    static boolean tellsTwinning(DocumentContext ctx, String m) {
        var t = TWINNING_MADE.matcher(m);
        while (t.find()) {
            int from = Math.max(0, t.start() - 16);
            if (!SINCE_THEN.matcher(m.substring(from, Math.min(m.length(), t.end() + 4))).find()
                    && !SigningBackground.isEarlierYear(ctx, m, new int[] {t.start(), t.end()})
                    && !SigningBackground.isPlanned(m, t.start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameParagraph(DocumentContext ctx, int si) {
        Sentence s = ctx.sentences.get(si);
        Sentence next = ctx.sentences.get(si + 1);
        return s.end() <= next.start() && ctx.text.substring(s.end(), next.start()).indexOf('\n') < 0;
    }
}
