package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.EventBuilder;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A memorandum of friendly relations (友好合作关系备忘录) founds a twinning when the report says so beside it: the
 * first sentence naming the memorandum or the next one of its paragraph tells that a place became or concluded a friendship city
 * (…成为甲市第N个友好合作关系城市; 乙市在中亚缔结友城实现零的突破; …是首个与甲市缔结友好城市的地方政府). Such a
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
                    + "|成为[^,，。;；]{0,16}?(?:友城|友好城市|友好合作(?:关系)?城市|友好交流(?:关系)?城市)");
    /** an earlier twinning the memorandum builds on */
    private static final Pattern EARLIER = Pattern.compile("\\d{2,4}年[^,，。;；]{0,12}?(?:缔结|结为|结成)|以来|周年");

    /** a twinning hoped for or planned (希望两市早日缔结, 相信能够缔结, 计划明年缔结) is not the one made */
    private static final Pattern HOPED = Pattern.compile("希望|期待|期望|盼望|相信|争取|计划|拟|将|能够|有望|愿");

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
            for (int si = 0; si < ctx.sentences.size(); si++) {
                if (!ctx.sentences.get(si).text().contains(b.title())) {
                    continue;
                }
                if (tellsTwinning(ctx.sentences.get(si).text())
                        || si + 1 < ctx.sentences.size() && sameParagraph(ctx, si) && tellsTwinning(ctx.sentences.get(si + 1).text())) {
                    e.agreement("SISTER_CITY");
                }
                break; // the first sentence naming the memorandum tells its signing; later ones look back at it
            }
        }
    }

    private static boolean isPlace(DocumentContext ctx, String name) {
        return ctx.entities.stream().anyMatch(x -> x.name().equals(name)
                && (x.type() == EntityType.CITY || x.type() == EntityType.PROVINCE));
    }

    static boolean tellsTwinning(String sentence) {
        var m = TWINNING_MADE.matcher(sentence);
        while (m.find()) {
            int from = Math.max(0, m.start() - 16);
            if (!EARLIER.matcher(sentence.substring(from, Math.min(sentence.length(), m.end() + 4))).find()
                    && !SigningBackground.isPlanned(sentence, m.start()) && !HOPED.matcher(sentence.substring(0, m.start())).find()) {
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
